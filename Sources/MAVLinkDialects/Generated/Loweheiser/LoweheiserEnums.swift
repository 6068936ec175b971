// Generated from loweheiser.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

extension MAVCmd {
    /// Set Loweheiser desired states
    public static let loweheiserSetState = MAVCmd(rawValue: 10151)
}
