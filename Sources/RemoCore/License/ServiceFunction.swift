/// What the service does for a camera, and whether it goes on after the
/// camera's license expires: the manual's table (P4, 「ライセンスが失効した場合」).
///
/// Live view and playback on the edge storage's HDMI monitor, event display on
/// it, and taking SD-card recordings out to a PC continue (○ 継続); remote live
/// view, control and download, recording on the edge storage, remote playback
/// and search, remote event notices and remote maintenance stop (× 機能停止).
/// Binding a license restores them (「上記割り当て作業で復旧します」).
public enum ServiceFunction: String, CaseIterable, Hashable, Sendable, Codable {
    /// リアルタイム映像表示: on an HDMI monitor attached to the edge storage.
    case hdmiLiveView = "hdmi-live-view"
    /// リアルタイム映像表示、制御、ダウンロード等: remotely, through Remo.
    case remoteLiveView = "remote-live-view"
    /// エッジストレージ録画.
    case edgeRecording = "edge-recording"
    /// 過去の録画映像の再生・検索 on the HDMI monitor.
    case hdmiPlayback = "hdmi-playback"
    /// Remo. 経由遠隔再生・検索.
    case remotePlayback = "remote-playback"
    /// SDカード内録画データのPCへの取り出し、再生.
    case sdCardExport = "sd-card-export"
    /// リアルタイムイベント通知 on the HDMI monitor.
    case hdmiEventNotice = "hdmi-event-notice"
    /// リアルタイムイベント通知 Remo. 経由遠隔表示.
    case remoteEventNotice = "remote-event-notice"
    /// リモートメンテナンス: device information and operation through Remo.
    case remoteMaintenance = "remote-maintenance"

    /// Whether it still works once the camera's license has expired (○ 継続).
    public var continuesAfterExpiry: Bool {
        switch self {
        case .hdmiLiveView, .hdmiPlayback, .sdCardExport, .hdmiEventNotice: true
        case .remoteLiveView, .edgeRecording, .remotePlayback, .remoteEventNotice, .remoteMaintenance: false
        }
    }

    /// Its name, for people.
    public var name: Message {
        switch self {
        case .hdmiLiveView: LicenseText.serviceHDMILiveView()
        case .remoteLiveView: LicenseText.serviceRemoteLiveView()
        case .edgeRecording: LicenseText.serviceEdgeRecording()
        case .hdmiPlayback: LicenseText.serviceHDMIPlayback()
        case .remotePlayback: LicenseText.serviceRemotePlayback()
        case .sdCardExport: LicenseText.serviceSDCardExport()
        case .hdmiEventNotice: LicenseText.serviceHDMIEventNotice()
        case .remoteEventNotice: LicenseText.serviceRemoteEventNotice()
        case .remoteMaintenance: LicenseText.serviceRemoteMaintenance()
        }
    }

    /// What stops and what goes on after expiry, in one sentence for people:
    /// the report's legend and the expiry notices state it.
    public static var afterExpiry: Message {
        LicenseText.serviceAfterExpiry([
            "stopping": .list(allCases.filter { !$0.continuesAfterExpiry }.map { .message($0.name) }),
            "continuing": .list(allCases.filter(\.continuesAfterExpiry).map { .message($0.name) }),
        ])
    }
}
