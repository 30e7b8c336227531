import WortCore

/// The bytes of one part (zip entry) of a workbook, held at a fixed address so that
/// scanners can keep an `UnsafeBufferPointer` into them for as long as the part lives.
final class XLSXPart: @unchecked Sendable {
    /// The part's path in the archive, e.g. `xl/worksheets/sheet1.xml`.
    let path: String
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(path: String, capacity: Int) {
        self.path = path
        self.capacity = max(capacity, 64)
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    convenience init(path: String, bytes: [UInt8]) {
        self.init(path: path, capacity: bytes.count)
        bytes.withUnsafeBufferPointer { append($0) }
    }

    deinit { storage.deallocate() }

    func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        if count + chunk.count > capacity {
            var grown = capacity * 2
            while grown < count + chunk.count { grown *= 2 }
            let p = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            p.update(from: storage, count: count)
            storage.deallocate()
            storage = p
            capacity = grown
        }
        (storage + count).update(from: base, count: chunk.count)
        count += chunk.count
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    /// A scanner over the part's bytes (valid while this part lives).
    func scanner() -> XMLScanner { XMLScanner(bytes) }
}
