// The QR error correction level as a command-line argument. The conformance is
// public because the protocol's requirements are, hence the public imports.
public import ArgumentParser
public import RemoImaging

extension QRErrorCorrection: ExpressibleByArgument {
    /// `L`, `M`, `Q` or `H`, in either case.
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }
}
