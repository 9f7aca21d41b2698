extension LabelBatchText {
    public var english: String {
        switch self {
        case .rowNew: "labeled"
        case .rowReissued: "labeled with a new claim code; the code of generation {previous} is revoked"
        case .rowReprinted: "labeled before: the same label again"
        case .rowValid: "fine, but not labeled: another row was refused"
        case .rowPreQR:
            "produced {produced}, before {first}: units made before QR registration get no QR label (register them by serial number)"
        case .rowDuplicated: "the same serial number is on line {line}"
        case .rowConflict:
            "labeled before (batch {batch}) with the {field} {labeled}; correct the row, or give the unit a new label"
        case .rowOtherKey:
            "labeled before with another label key ({key}), so its label cannot be printed again: restore that key file, or give the unit a new label"
        case .rowRegisteredWithoutLabel:
            "{serial} is already registered without a label (by its serial number, as a unit made before July 2024): it gets no label. Check the serial; if the unit really is the one registered, it was registered in error: ask the partner of its account"
        case .rowRegisteredWithoutLabelMonth:
            "{serial} is already registered without a label (by its serial number, as a unit produced {produced}): it gets no label. Check the serial; if the unit really is the one registered, it was registered in error: ask the partner of its account"
        case .rowUnreadable: "the label did not read back: {reason}"
        case .checkQuietZone: "something is drawn in the QR code's quiet zone"
        case .checkNoCode: "no QR code is found in it"
        case .checkWrongText: "it reads \"{text}\" instead of the payload"
        case .checkModules:
            "{count} {count|module|modules} of its QR code {count|is|are} not drawn as encoded (it would read only through the code's error correction)"
        case .checkFailed: "it could not be checked: {reason}"
        case .noUnits: "{source} has a header but no units: nothing to label."
        case .outputNotFolder: "{path} is a file, not a folder: give a folder for the labels."
        case .cannotWrite: "{path} cannot be written ({reason}). Nothing was written and nothing recorded; check the folder the labels go to."
        case .outputIsFolder: "{path} is a folder, so the batch cannot write its file there. Move the folder away or choose another folder for the labels. Nothing was recorded."
        case .manifestChanged:
            "Another run labeled {serial} while this one was working. Nothing was recorded; run the same command again."
        case .registeredMeanwhile:
            "{serial} was registered by its serial number while this batch was being made. Nothing was recorded; run the same command again (the row is then refused)."
        case .filesNotPlaced:
            "The batch was recorded, but {path} could not be put in place ({reason}). Make the same batch again, without new labels: it prints the same labels and finishes the files."
        case .keyAbsent:
            "There is no label key file at {path}, so no claim codes can be made. A ledger's key is made with the ledger, never by a label batch by itself: restore the key file from its backup, or name the right one."
        case .keyMissing:
            "The label key file {path} is missing, but the manifest holds {labels} {labels|label|labels} made with a key. Restore the key file from its backup (remo never makes new claim codes for labeled units silently). If the key is lost for good, make a new key: labels already made stay valid, and printing one of them again means giving its unit a new label."
        case .keyExists: "{path} exists: a new label key is made only where there is none, and never replaces one. Keep using this key."
        case .keyUnreadable: "The label key file {path} cannot be read: {reason}."
        case .keyMalformed: "{path} is not a remo label key file. Restore the key file from its backup, or name the right key file."
        case .keyCannotCreate: "The label key file {path} cannot be made: {reason}. Nothing was labeled."
        case .claimValid: "{serial}: the claim code is the unit's current one."
        case .claimNotInManifest: "{serial} is in no label manifest: the unit was never labeled."
        case .claimWrongCode: "The claim code is not the one on {serial}'s label. Check the code, or photograph the label."
        case .claimRevoked:
            "The claim code is of {serial}'s label of generation {generation}, which was replaced by a reissued label. Use the code on the new label."
        }
    }
}
