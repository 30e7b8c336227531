import Foundation

/// Growable storage for a page's values, managed by hand (`release()`), so the encoders'
/// per-value appends are plain stores: no copy-on-write check, no bounds check.
///
/// Room is kept in front of the values (`headroom`): the definition levels, encoded when
/// the page ends, go right before them, and a PLAIN page is compressed where it lies
/// instead of being copied into a body first.
struct PageBuffer<Element: BitwiseCopyable> {
    private var storage: UnsafeMutablePointer<Element>
    private let headroom: Int
    private var capacity: Int
    private(set) var count = 0

    init(headroom: Int = 0, capacity: Int) {
        self.headroom = headroom
        self.capacity = max(16, capacity)
        storage = .allocate(capacity: headroom + self.capacity)
    }

    /// Frees the storage (the struct is a handle: copies share it).
    func release() { storage.deallocate() }

    var values: UnsafeMutablePointer<Element> { storage + headroom }
    var isEmpty: Bool { count == 0 }

    mutating func removeAll() { count = 0 }

    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    @inline(__always)
    mutating func append(_ v: Element) {
        if count == capacity { grow(count + 1) }
        values[count] = v
        count += 1
    }

    /// Appends without a capacity check: `reserve` first.
    @inline(__always)
    mutating func appendUnchecked(_ v: Element) {
        values[count] = v
        count += 1
    }

    mutating func append(contentsOf v: UnsafeBufferPointer<Element>) {
        guard let p = v.baseAddress, !v.isEmpty else { return }
        reserve(v.count)
        (values + count).update(from: p, count: v.count)
        count += v.count
    }

    private mutating func grow(_ needed: Int) {
        var cap = capacity * 2
        while cap < needed { cap *= 2 }
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: headroom + cap)
        (bigger + headroom).update(from: values, count: count)
        storage.deallocate()
        storage = bigger
        capacity = cap
    }
}

extension PageBuffer where Element == UInt8 {
    /// A BYTE_ARRAY value as PLAIN: its length (4 bytes, little-endian), then its bytes.
    @inline(__always)
    mutating func appendLengthPrefixed(_ p: UnsafePointer<UInt8>, _ n: Int) {
        reserve(n + 4)
        let at = values + count
        UnsafeMutableRawPointer(at).storeBytes(of: UInt32(truncatingIfNeeded: n).littleEndian, as: UInt32.self)
        copyBytes(from: p, to: at + 4, count: n)
        count += n + 4
    }

    /// A fixed-width value as PLAIN: its little-endian bytes.
    @inline(__always)
    mutating func appendBytes<T: BitwiseCopyable>(of v: T) {
        let n = MemoryLayout<T>.size
        reserve(n)
        UnsafeMutableRawPointer(values + count).storeBytes(of: v, as: T.self)
        count += n
    }

    /// Calls `use` with the page body: `prefix` then the values. When `prefix` fits in the
    /// headroom it is written there and the body is read in place; otherwise both are copied.
    func withBody<R>(prefix: UnsafeBufferPointer<UInt8>, _ use: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if prefix.count <= headroom {
            let start = values - prefix.count
            if let p = prefix.baseAddress { start.update(from: p, count: prefix.count) }
            return use(UnsafeBufferPointer(start: start, count: prefix.count + count))
        }
        var copy = Array(prefix)
        copy.append(contentsOf: UnsafeBufferPointer(start: values, count: count))
        return copy.withUnsafeBufferPointer(use)
    }
}

/// Copies `n` bytes; values are mostly short, where a call to memcpy costs more than the
/// copy. Words are read and written only inside both ranges (the last one overlapping).
@inline(__always)
func copyBytes(from src: UnsafePointer<UInt8>, to dst: UnsafeMutablePointer<UInt8>, count n: Int) {
    let s = UnsafeRawPointer(src), d = UnsafeMutableRawPointer(dst)
    if n >= 8 {
        if n > 64 { memcpy(d, s, n); return }
        var i = 0
        while i + 8 < n {
            d.storeBytes(of: s.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: i, as: UInt64.self)
            i += 8
        }
        d.storeBytes(of: s.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self), toByteOffset: n - 8, as: UInt64.self)
    } else if n >= 4 {
        let a = s.loadUnaligned(as: UInt32.self), b = s.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
        d.storeBytes(of: a, as: UInt32.self)
        d.storeBytes(of: b, toByteOffset: n - 4, as: UInt32.self)
    } else {
        for i in 0..<n { dst[i] = src[i] }
    }
}
