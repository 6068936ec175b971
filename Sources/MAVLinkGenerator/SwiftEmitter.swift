/// Turns a `DefinitionSet` into Swift source files for the `MAVLinkDialects` module.
public struct SwiftEmitter {
    public let set: DefinitionSet
    /// Swift type names of messages, by XML name (suffixed `Message` where an enum has the same name).
    let messageTypeNames: [String: String]
    /// Raw-value type of each enum (`UInt32`, or `UInt64` for 64-bit values or fields).
    let enumRawTypes: [String: String]

    public init(set: DefinitionSet) {
        self.set = set
        let enumNames = Set(set.enums.keys.map(Naming.typeName))
        var names: [String: String] = [:]
        for m in set.messagesByID.values {
            let n = Naming.typeName(m.name)
            names[m.name] = enumNames.contains(n) ? n + "Message" : n
        }
        messageTypeNames = names
        var raw: [String: String] = [:]
        for (name, e) in set.enums {
            raw[name] = e.entries.contains { $0.value > UInt64(UInt32.max) } ? "UInt64" : "UInt32"
        }
        for m in set.messagesByID.values {
            for f in m.fields where f.enumName != nil && f.type.size == 8 { raw[f.enumName!] = "UInt64" }
        }
        enumRawTypes = raw
    }

    static func header(_ source: String) -> String {
        "// Generated from \(source) by MAVLinkGenerator — do not edit.\n// Regenerate with scripts/generate-mavlink.\n\n"
    }

    /// Every output file: relative path → contents.
    public func files() -> [String: String] {
        var out: [String: String] = [:]
        for file in set.files {
            let dir = Naming.dialectName(file.fileName)
            out["\(dir)/\(dir)Enums.swift"] = enumsFile(file.fileName)
            for m in set.messages(definedIn: file.fileName) {
                out["\(dir)/Messages/\(messageTypeNames[m.name]!).swift"] = messageFile(m)
            }
        }
        for d in set.dialects {
            let name = Naming.dialectName(d.root)
            out["\(name)/\(name)Dialect.swift"] = dialectFile(root: d.root)
        }
        return out
    }

    // MARK: Enums

    func enumsFile(_ fileName: String) -> String {
        var s = Self.header(fileName)
        let defined = set.enums.values.filter { $0.sourceFile == fileName }.sorted { $0.name < $1.name }
        for e in defined { s += enumDeclaration(e, fileName: fileName) + "\n" }
        // Entries this file adds to enums defined elsewhere.
        let extended = set.enums.values.filter { $0.sourceFile != fileName }.sorted { $0.name < $1.name }
        for e in extended {
            let added = e.entries.filter { set.entryOrigin[e.name + "." + $0.name] == fileName }
            guard !added.isEmpty else { continue }
            s += "extension \(Naming.typeName(e.name)) {\n"
            s += entryLines(added, of: e)
            s += "}\n\n"
        }
        return s.trimmingTrailingNewlines() + "\n"
    }

    func entryMemberNames(_ e: EnumDefinition) -> [String: String] {
        var used: [String: Int] = [:]
        var out: [String: String] = [:]
        for entry in e.entries {
            var n = Naming.entryName(entry.name, enumName: e.name)
            if used[n] != nil { n += "_\(entry.value)" }
            used[n, default: 0] += 1
            out[entry.name] = n
        }
        return out
    }

    func entryLines(_ entries: [EnumEntry], of e: EnumDefinition) -> String {
        let names = entryMemberNames(set.enums[e.name]!)
        let t = Naming.typeName(e.name)
        var s = ""
        for entry in entries {
            s += Naming.docComment(entry.description.isEmpty ? entry.name : entry.description, indent: "    ")
            if entry.deprecated { s += "    /// Deprecated.\n" }
            if e.isBitmask && entry.value == 0 {
                s += "    public static let \(names[entry.name]!): \(t) = []\n"
            } else {
                s += "    public static let \(names[entry.name]!) = \(t)(rawValue: \(entry.value))\n"
            }
        }
        return s
    }

    func enumDeclaration(_ e: EnumDefinition, fileName: String) -> String {
        let t = Naming.typeName(e.name)
        let raw = enumRawTypes[e.name] ?? "UInt32"
        var s = Naming.docComment(e.description.isEmpty ? e.name : e.description, indent: "")
        s += "///\n/// MAVLink enum `\(e.name)`\(e.isBitmask ? " (bitmask)" : ""). Unknown values are kept, not rejected.\n"
        let conformances = e.isBitmask ? "OptionSet, Hashable, Sendable" : "RawRepresentable, Hashable, Sendable"
        s += "public struct \(t): \(conformances) {\n"
        s += "    public var rawValue: \(raw)\n"
        s += "    @inlinable public init(rawValue: \(raw)) { self.rawValue = rawValue }\n\n"
        let own = e.entries.filter { set.entryOrigin[e.name + "." + $0.name] == fileName }
        s += entryLines(own, of: e)
        if !e.isBitmask {
            // Entry names for display, across every file that extends the enum.
            let names = entryMemberNames(e)
            _ = names
            s += "\n    /// The XML name of this value, or nil for a value no definition names.\n"
            s += "    public var name: StaticString? {\n        switch rawValue {\n"
            var seen = Set<UInt64>()
            for entry in e.entries.sorted(by: { $0.value < $1.value }) where seen.insert(entry.value).inserted {
                s += "        case \(entry.value): return \"\(entry.name)\"\n"
            }
            s += "        default: return nil\n        }\n    }\n"
        }
        s += "}\n"
        return s
    }

    // MARK: Messages

    func swiftType(_ f: FieldDefinition) -> String {
        if f.isString { return "FixedString<\(f.arrayLength!)>" }
        if let n = f.arrayLength { return "FixedArray<\(n), \(f.type.swiftName)>" }
        if let e = f.enumName { return Naming.typeName(e) }
        return f.type.swiftName
    }

    func defaultValue(_ f: FieldDefinition) -> String {
        if f.isString { return "FixedString()" }
        if f.arrayLength != nil { return "FixedArray(repeating: 0)" }
        if let e = f.enumName { return "\(Naming.typeName(e))(rawValue: 0)" }
        if f.type == .uint8MAVLinkVersion { return "3" }
        return "0"
    }

    func decodeExpression(_ f: FieldDefinition) -> String {
        let t = f.type.swiftName
        if f.isString { return "FixedString.load(from: _p, at: \(f.offset))" }
        if f.arrayLength != nil { return "FixedArray.load(from: _p, at: \(f.offset))" }
        let load = "_p.loadUnaligned(fromByteOffset: \(f.offset), as: \(t).self)"
        if let e = f.enumName {
            return "\(Naming.typeName(e))(rawValue: \(enumRawTypes[e]!)(truncatingIfNeeded: \(load)))"
        }
        return load
    }

    func encodeStatement(_ f: FieldDefinition) -> String {
        let name = Naming.memberName(f.name)
        let t = f.type.swiftName
        if f.arrayLength != nil { return "\(name).store(to: _p, at: \(f.offset))" }
        if f.enumName != nil {
            return "_p.storeBytes(of: \(t)(truncatingIfNeeded: \(name).rawValue), toByteOffset: \(f.offset), as: \(t).self)"
        }
        return "_p.storeBytes(of: \(name), toByteOffset: \(f.offset), as: \(t).self)"
    }

    func visitStatement(_ f: FieldDefinition) -> String {
        let name = Naming.memberName(f.name)
        if f.enumName != nil && f.arrayLength == nil {
            return "v.visit(\"\(f.name)\", \(f.type.swiftName)(truncatingIfNeeded: \(name).rawValue))"
        }
        return "v.visit(\"\(f.name)\", \(name))"
    }

    func messageFile(_ m: MessageDefinition) -> String {
        let t = messageTypeNames[m.name]!
        let wire = m.wireFields
        var s = Self.header(m.sourceFile)
        s += Naming.docComment(m.description.isEmpty ? m.name : m.description, indent: "")
        s += "///\n/// MAVLink message `\(m.name)` (id \(m.id)).\(m.deprecated ? " Deprecated." : "")\n"
        s += "public struct \(t): MAVLinkMessage {\n"
        s += "    @inlinable public static var id: UInt32 { \(m.id) }\n"
        s += "    @inlinable public static var name: StaticString { \"\(m.name)\" }\n"
        s += "    @inlinable public static var crcExtra: UInt8 { \(m.crcExtra) }\n"
        s += "    @inlinable public static var minLength: Int { \(m.minLength) }\n"
        s += "    @inlinable public static var maxLength: Int { \(m.maxLength) }\n\n"
        for f in m.fields {
            var doc = f.description.isEmpty ? f.name : f.description
            if let u = f.units { doc += "\nUnits: \(u)." }
            if let e = f.enumName { doc += "\nValues: `\(Naming.typeName(e))`\(f.displayBitmask ? " (bitmask)" : "")." }
            if f.isExtension { doc += "\nMAVLink 2 extension field." }
            s += Naming.docComment(doc, indent: "    ")
            s += "    public var \(Naming.memberName(f.name)): \(swiftType(f))\n"
        }
        // Memberwise initialiser in XML order, every field defaulted to zero.
        s += "\n    public init("
        s += m.fields.map { "\(Naming.memberName($0.name)): \(swiftType($0)) = \(defaultValue($0))" }
            .joined(separator: ", ")
        s += ") {\n"
        for f in m.fields {
            let n = Naming.memberName(f.name)
            s += "        self.\(n) = \(n)\n"
        }
        s += "    }\n\n"
        s += "    @inlinable public init(payload _p: UnsafeRawBufferPointer) {\n"
        for f in wire { s += "        \(Naming.memberName(f.name)) = \(decodeExpression(f))\n" }
        s += "    }\n\n"
        s += "    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {\n"
        for f in wire { s += "        \(encodeStatement(f))\n" }
        s += "    }\n\n"
        s += "    /// Visits every field in XML order with its XML name (for logs and tools).\n"
        s += "    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {\n"
        for f in m.fields { s += "        \(visitStatement(f))\n" }
        if m.fields.isEmpty { s += "        _ = v\n" }
        s += "    }\n"
        s += "}\n"
        return s
    }

    // MARK: Dialects

    func dialectFile(root: String) -> String {
        let name = Naming.dialectName(root)
        let messages = set.messages(ofDialect: root)
        var s = Self.header(root)
        s += "/// The `\(root.dropLast(4))` dialect: \(messages.count) messages.\n"
        s += "public enum \(name): MAVLinkDialect {\n"
        s += "    /// Definitions for `id`, or nil for a message this dialect does not define.\n"
        s += "    @inlinable public static func messageInfo(id: UInt32) -> MessageInfo? {\n"
        s += "        switch id {\n"
        for m in messages {
            let wire = m.wireFields
            let ts = wire.first { $0.name == "target_system" }.map { $0.offset } ?? -1
            let tc = wire.first { $0.name == "target_component" }.map { $0.offset } ?? -1
            s += "        case \(m.id): return MessageInfo(id: \(m.id), crcExtra: \(m.crcExtra), minLength: \(m.minLength), maxLength: \(m.maxLength), targetSystemOffset: \(ts), targetComponentOffset: \(tc), name: \"\(m.name)\")\n"
        }
        s += "        default: return nil\n        }\n    }\n\n"
        s += "    /// The CRC_EXTRA for `id`, or -1 for a message this dialect does not define.\n"
        s += "    /// (A switch over constants: the compiler turns it into look-up tables. Always inlined:\n"
        s += "    /// the parser asks once per frame, and a call costs as much as the look-up.)\n"
        s += "    @inlinable @inline(__always) public static func crcExtra(id: UInt32) -> Int {\n"
        s += "        switch id {\n"
        for m in messages { s += "        case \(m.id): return \(m.crcExtra)\n" }
        s += "        default: return -1\n        }\n    }\n\n"
        s += "    /// Every message of the dialect, one case each.\n"
        s += "    public enum Message: Sendable, Equatable {\n"
        for m in messages { s += "        case \(caseName(m))(\(messageTypeNames[m.name]!))\n" }
        s += "\n        /// Decodes a frame, or nil for a message id this dialect does not define.\n"
        s += "        public init?(frame: MAVLinkFrame) {\n"
        s += "            var payload = frame.payload\n"
        s += "            let decoded: Message? = withUnsafeBytes(of: &payload) { p in\n"
        s += "                switch frame.messageID {\n"
        for m in messages {
            s += "                case \(m.id): return .\(caseName(m))(\(messageTypeNames[m.name]!)(payload: p))\n"
        }
        s += "                default: return nil\n                }\n            }\n"
        s += "            guard let decoded else { return nil }\n            self = decoded\n        }\n\n"
        s += "        /// Decodes a borrowed frame view, or nil for a message id this dialect does not define.\n"
        s += "        ///\n"
        s += "        /// Inlined into the caller so the message is built in place: the enum is as large as\n"
        s += "        /// the largest message, and copying it per frame would cost more than decoding.\n"
        s += "        @inlinable @inline(__always)\n"
        s += "        public init?(view: MAVLinkFrameView) {\n            switch view.messageID {\n"
        for m in messages {
            s += "            case \(m.id): self = .\(caseName(m))(view.decodeUnchecked(\(messageTypeNames[m.name]!).self))\n"
        }
        s += "            default: return nil\n            }\n        }\n\n"
        s += "        /// The message id.\n        public var id: UInt32 {\n            switch self {\n"
        for m in messages { s += "            case .\(caseName(m)): return \(m.id)\n" }
        s += "            }\n        }\n\n"
        s += "        /// The XML name of the message.\n        public var name: StaticString {\n            switch self {\n"
        for m in messages { s += "            case .\(caseName(m)): return \"\(m.name)\"\n" }
        s += "            }\n        }\n\n"
        s += "        /// Visits the message's fields in XML order.\n"
        s += "        public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {\n            switch self {\n"
        for m in messages { s += "            case .\(caseName(m))(let m): m.visitFields(&v)\n" }
        s += "            }\n        }\n\n"
        s += "        /// Encodes the message as a frame with `encoder`'s numbering and signing.\n"
        s += "        public func frame(with encoder: inout MAVLinkEncoder, unixMicros: UInt64 = 0) throws(MAVLinkError) -> MAVLinkFrame {\n"
        s += "            switch self {\n"
        for m in messages { s += "            case .\(caseName(m))(let m): return try encoder.frame(m, unixMicros: unixMicros)\n" }
        s += "            }\n        }\n"
        s += "    }\n}\n"
        return s
    }

    func caseName(_ m: MessageDefinition) -> String { Naming.memberName(m.name) }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
