// The generated dialects build on the frame codec; importing MAVLinkDialects brings both.
@_exported import MAVLink
