#if canImport(Glibc)
import Glibc
#endif

/// How many processors this process may use: the online cores, fewer when a cgroup CPU quota (a container's `--cpus`, Kubernetes `limits.cpu`) says so.
public enum Processors {
    /// At least 1.
    public static var available: Int {
        var count = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        if let quota = cgroupQuota() { count = min(count, quota) }
        return max(1, count)
    }

    /// `ceil(quota / period)` from cgroup v2's `cpu.max` ("max 100000" means no quota).
    private static func cgroupQuota() -> Int? {
        guard let file = fopen("/sys/fs/cgroup/cpu.max", "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 128)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
        let fields = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .split(separator: " ").map { $0.trimmingPrefix(" ") }
        guard fields.count >= 2, let quota = Double(fields[0]), let period = Double(fields[1].filter { $0.isNumber }), period > 0,
              quota.isFinite, quota > 0 else {
            return nil
        }
        return Int(min(4096, (quota / period).rounded(.up)))
    }
}
