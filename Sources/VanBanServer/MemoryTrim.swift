import Synchronization

/// glibc's `malloc_trim` and `mallopt` (`<malloc.h>`, which the Glibc module does not export).
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32

/// Gives memory back to the system after large requests. glibc keeps what a thread freed in that
/// thread's arena; after a few large documents (a 5 MB body, a long table) the service would stay
/// hundreds of megabytes larger than it needs. `malloc_trim` returns the free pages of every arena;
/// it runs at most once a second, after a request whose body was large (or the first request
/// after that second).
final class MemoryTrim: Sendable {
    /// Bodies at least this large are followed by a trim.
    static let threshold = 256 << 10
    /// When the last trim ran, and whether a large request has come since.
    private let state = Mutex<(last: ContinuousClock.Instant?, pending: Bool)>((nil, false))

    /// Allocations of at least 256 KB (bodies, the glyphs of long paragraphs) get their own
    /// mapping, returned to the system when freed. Set once, explicitly, this also stops glibc from
    /// raising the threshold after each large free, which would put the next large buffers in the
    /// arenas, where they fragment.
    static func configure() {
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, Int32(threshold))
    }

    /// Called after every request: trims after a large one, or after the next request when the
    /// last trim was less than a second ago.
    func afterRequest(bodyBytes: Int) {
        let now = ContinuousClock.now
        let due = state.withLock { state -> Bool in
            if bodyBytes >= Self.threshold { state.pending = true }
            guard state.pending else { return false }
            if let previous = state.last, previous.duration(to: now) < .seconds(1) { return false }
            state = (now, false)
            return true
        }
        if due { _ = mallocTrim(0) }
    }
}
