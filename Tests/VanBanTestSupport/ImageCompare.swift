import CCairo
import Foundation

/// Compares two PNG files pixel by pixel (through Cairo's PNG reader) as grey levels.
public struct ImageDifference: Sendable {
    public var width: Int
    public var height: Int
    /// Pixels whose grey level differs by more than the threshold.
    public var differing: Int
    public var fraction: Double { Double(differing) / Double(max(1, width * height)) }
}

public enum ImageCompare {
    /// Differences between `a` and `b`; nil when either cannot be read or the sizes differ.
    public static func compare(_ a: String, _ b: String, threshold: Int = 64) -> ImageDifference? {
        guard let first = greys(a), let second = greys(b),
              first.width == second.width, first.height == second.height else { return nil }
        let differing = zip(first.pixels, second.pixels).filter { abs(Int($0) - Int($1)) > threshold }.count
        return ImageDifference(width: first.width, height: first.height, differing: differing)
    }

    /// Width, height and grey levels (0 black … 255 white) of a PNG file.
    public static func greys(_ path: String) -> (width: Int, height: Int, pixels: [UInt8])? {
        guard let surface = cairo_image_surface_create_from_png(path) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let format = cairo_image_surface_get_format(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        var pixels = [UInt8](repeating: 255, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                switch format {
                case CAIRO_FORMAT_A8:
                    pixels[y * width + x] = 255 - data[y * stride + x]
                case CAIRO_FORMAT_RGB24, CAIRO_FORMAT_ARGB32:
                    let p = data.advanced(by: y * stride + x * 4)
                    pixels[y * width + x] = UInt8((Int(p[0]) + Int(p[1]) + Int(p[2])) / 3)
                default:
                    return nil
                }
            }
        }
        return (width, height, pixels)
    }
}
