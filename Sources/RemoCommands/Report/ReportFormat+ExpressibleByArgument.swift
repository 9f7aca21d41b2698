// A ledger value as a command-line argument; public imports because the
// conformance's requirements are public.
public import ArgumentParser
public import RemoLedger

extension ReportFormat: ExpressibleByArgument {}
