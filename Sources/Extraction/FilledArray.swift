extension Array {
    /// `count` copies of `value`, as `init(repeating:count:)` makes, but through the
    /// reserve-and-append path that the compiler specialises for `Element`: the standard
    /// initialiser allocates through a generic entry point that looks the storage type up in
    /// the runtime on every call (about 500 instructions more), which every stage would pay
    /// for its small lists per article.
    ///
    ///     [Int](filledWith: 0, count: 3)   // [0, 0, 0]
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
