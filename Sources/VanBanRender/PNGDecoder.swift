import CCairo
import VanBanModel

/// Decodes PNG images the way drawing will (Cairo, libpng), before layout: a truncated file, a
/// bad checksum or data that is not PNG is the document's error at the image's pointer, never a
/// render that fails halfway.
public enum PNGDecoder {
    /// Whether Cairo decodes `image` without an error.
    public static func decodes(_ image: PNGImage) -> Bool {
        let reader = ByteReader(image.bytes)
        guard let surface = cairo_image_surface_create_from_png_stream(ByteReader.read, Unmanaged.passUnretained(reader).toOpaque())
        else { return false }
        defer { cairo_surface_destroy(surface) }
        return cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
            && Int(cairo_image_surface_get_width(surface)) == image.width && Int(cairo_image_surface_get_height(surface)) == image.height
    }
}
