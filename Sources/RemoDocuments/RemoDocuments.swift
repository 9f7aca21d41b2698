// RemoDocuments: printable documents drawn through RemoImaging's canvas: warehouse
// label sheets and the provisioning report PDF.
