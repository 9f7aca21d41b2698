/// The grey level of a colour: ITU-R BT.601 luma, as JPEG's YCbCr defines it.
@inline(__always)
func luma(red: Int, green: Int, blue: Int) -> UInt8 {
    UInt8((299 * red + 587 * green + 114 * blue + 500) / 1000)
}
