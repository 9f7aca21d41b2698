// RemoImaging: images in and out (JPEG, PNG, HEIC), QR encoding (libqrencode),
// QR decoding (zbar), and drawing through cairo (PNG, SVG, PDF).
// C handles live only inside this module; see docs/architecture.md.
