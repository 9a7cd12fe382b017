/// The program's version, printed by `--version`.
enum SectrackVersion {
    static let current = "0.1.0"
}
