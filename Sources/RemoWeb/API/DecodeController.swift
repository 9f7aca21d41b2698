import Hummingbird

/// `POST /api/v1/decode`: `multipart/form-data` with one or more `photo`
/// parts → the `remo qr decode --json` array, one object per photo.
struct DecodeController {
    let services: WebServices

    func add(to group: RouterGroup<SignedInContext>) {
        let services = services
        group.post("decode") { request, _ in
            let boundary = try MultipartUpload.boundary(of: request.headers[.contentType])
            return try await UploadFolder.with(in: services.settings.uploadFolder) { folder in
                let parts = try await MultipartUpload(boundary: boundary, limits: services.settings.limits, folder: folder)
                    .read(request.body)
                try UploadedPart.requireNames(parts, in: ["photo"])
                let files = PhotoReader.files(parts)
                guard PhotoReader.anyImage(parts) else { throw WebError.noImage }
                return try JSONResponse.make(await services.photos.decode(files))
            }
        }
    }
}
