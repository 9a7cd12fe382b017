import Storage

extension DatabaseOptions {
    /// Opens the database for reading and runs `body` with it; storage failures become one
    /// plain line naming the file.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        let path = self.path
        return try DatabaseFailure.reporting(path: path) {
            let db = try Database(path: path, configuration: .init(mode: .readOnly))
            defer { db.close() }
            return try body(db)
        }
    }
}
