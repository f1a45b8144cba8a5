import Dispatch

/// Wall-clock timing on the monotonic clock.
public enum Stopwatch {
    /// Seconds `body` took, and its result.
    public static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        let end = DispatchTime.now().uptimeNanoseconds
        return (Double(end - start) / 1e9, value)
    }
}
