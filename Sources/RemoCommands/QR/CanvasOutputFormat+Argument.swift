// The image format of `qr encode --format` as a command-line argument; public
// imports because the conformance's requirements are public.
public import ArgumentParser
public import RemoImaging

extension Canvas.OutputFormat: ExpressibleByArgument {
    /// `png`, `svg` or `pdf`, in any case.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
