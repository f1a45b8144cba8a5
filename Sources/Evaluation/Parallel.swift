import Dispatch
import Foundation

/// Runs work over document indexes on one thread or several.
public enum Parallel {
    /// Calls `body` once for each index in `0..<count`; with more than one worker, workers take indexes from a
    /// shared counter so long and short documents even out.
    public static func forEach(count: Int, workers: Int, _ body: @Sendable (Int) -> Void) {
        let workers = max(1, min(workers, count))
        if workers == 1 {
            for i in 0..<count { body(i) }
            return
        }
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.increment()
                if i >= count { break }
                body(i)
            }
        }
    }
}

/// A thread-safe counter handing out 0, 1, 2, ...
final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    /// Returns the current value and adds one.
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let v = value
        value += 1
        return v
    }
}

/// Slots written by index from several threads, each index by one thread only, read after all have finished.
final class ConcurrentSlots<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: max(1, count))
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    subscript(i: Int) -> T {
        get { storage[i]! }
        set { storage[i] = newValue }
    }

    var values: [T] { (0..<count).map { storage[$0]! } }
}
