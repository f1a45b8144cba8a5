import EventModel

/// Groups of ACLED event types that outlets use interchangeably for one incident.
///
/// Two events can only be the same incident when their families agree. Armed clashes and attacks on civilians are one
/// family (outlets call the same shooting either); remote violence (air strikes, shelling, bombs) is its own; protests
/// and riots are one; strategic developments are their own.
public enum EventFamily: String, Sendable, CaseIterable {
    case armedViolence = "armed_violence"
    case remoteViolence = "remote_violence"
    case demonstrations
    case strategic

    public init(_ type: EventType) {
        switch type {
        case .battles, .violenceAgainstCivilians: self = .armedViolence
        case .explosionsRemoteViolence: self = .remoteViolence
        case .protests, .riots: self = .demonstrations
        case .strategicDevelopments: self = .strategic
        }
    }

    /// ACLED's "political violence" disorder type: battles, explosions / remote violence, violence against civilians.
    public var isPoliticalViolence: Bool { self == .armedViolence || self == .remoteViolence }
}
