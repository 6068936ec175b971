// Generated from cubepilot.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.
