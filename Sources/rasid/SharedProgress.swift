import Foundation

/// `Progress` behind a lock, for work that reports from several threads.
final class SharedProgress: @unchecked Sendable {
    let enabled: Bool
    private var progress: Progress
    private let lock = NSLock()

    init(enabled: Bool) {
        self.enabled = enabled
        progress = Progress(enabled: enabled)
    }

    func add(bytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        progress.add(bytes: bytes)
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        progress.finish()
    }
}
