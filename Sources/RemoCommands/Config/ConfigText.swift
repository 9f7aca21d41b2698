import RemoCore

/// The sentences of the configuration, `remo init` and `remo config`
/// (the command line's hints after library messages are ``HintText``). Templates:
/// `ConfigText+English.swift`, `ConfigText+Japanese.swift`.
package enum ConfigText: String, MessageCatalogue {
    case unreadable
    case malformed
    case unknownKey
    case badLanguage
    case badDatabaseURL
    case labelKeyForServer
    case dbAbstract
    case dbCopyAbstract
    case dbCopyDiscussion
    case helpCopyFrom
    case helpCopyTo
    case dbCopied
    case dbCopyDiffers

    case initAbstract
    case initDiscussion
    case helpSimulation
    case initMade
    case initKeyKept
    case kindLive
    case kindSimulation

    case configAbstract
    case configDiscussion
    case configHeading
    case configValueHeading
    case configSourceHeading
    case configFileLine
    case configNotSet

    case sourceOption
    case sourceEnvironment
    case sourceFile
    case sourceDefault

}
