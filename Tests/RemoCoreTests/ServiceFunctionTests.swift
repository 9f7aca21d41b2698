import RemoCore
import Testing

/// Issue 21 item 8: the manual's table of what still works after expiry (P4).
struct ServiceFunctionTests {
    @Test func theManualsTableContinuesFourFunctionsAndStopsFive() {
        let continuing = ServiceFunction.allCases.filter(\.continuesAfterExpiry)
        #expect(continuing == [.hdmiLiveView, .hdmiPlayback, .sdCardExport, .hdmiEventNotice])
        #expect(ServiceFunction.allCases.count - continuing.count == 5)
        #expect(!ServiceFunction.edgeRecording.continuesAfterExpiry && !ServiceFunction.remoteMaintenance.continuesAfterExpiry)
    }

    @Test func theSentenceNamesEveryFunctionInBothLanguages() {
        let english = Language.$current.withValue(.english) { ServiceFunction.afterExpiry.description }
        let japanese = Language.$current.withValue(.japanese) { ServiceFunction.afterExpiry.description }
        for function in ServiceFunction.allCases {
            #expect(english.contains(Language.$current.withValue(.english) { function.name.description }))
            #expect(japanese.contains(Language.$current.withValue(.japanese) { function.name.description }))
        }
        #expect(english.contains("recording on the edge storage") && english.contains("stop"))
        #expect(japanese.contains("エッジストレージ録画") && japanese.contains("継続"))
        // What stops comes before what goes on.
        let halves = english.split(separator: ";")
        #expect(halves.count == 2)
        #expect(halves.first?.contains("remote maintenance") == true && halves.last?.contains("SD-card") == true)
    }
}
