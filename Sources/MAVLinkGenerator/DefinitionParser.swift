import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Why a definition set cannot be turned into Swift.
public enum GeneratorError: Error, CustomStringConvertible, Equatable {
    case unreadable(file: String, reason: String)
    case malformed(file: String, line: Int, reason: String)
    case conflict(String)

    public var description: String {
        switch self {
        case .unreadable(let f, let r): return "\(f): cannot read: \(r)"
        case .malformed(let f, let l, let r): return "\(f):\(l): \(r)"
        case .conflict(let r): return "conflicting definitions: \(r)"
        }
    }
}

/// Reads one MAVLink XML definition file into the typed model.
public enum DefinitionParser {
    public static func parse(contentsOf url: URL) throws -> DefinitionFile {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GeneratorError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        return try parse(data: data, fileName: url.lastPathComponent)
    }

    public static func parse(data: Data, fileName: String) throws -> DefinitionFile {
        let delegate = Delegate(fileName: fileName)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        if !parser.parse() {
            let reason = parser.parserError.map { "\($0)" } ?? "XML error"
            throw GeneratorError.malformed(file: fileName, line: parser.lineNumber, reason: reason)
        }
        if let e = delegate.error { throw e }
        return DefinitionFile(fileName: fileName, includes: delegate.includes, version: delegate.version,
                              dialect: delegate.dialect, enums: delegate.enums, messages: delegate.messages)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let fileName: String
        var includes: [String] = []
        var version: Int?
        var dialect: Int?
        var enums: [EnumDefinition] = []
        var messages: [MessageDefinition] = []
        var error: GeneratorError?

        var path: [String] = []
        var text = ""
        var currentEnum: EnumDefinition?
        var currentEntry: EnumEntry?
        var currentMessage: MessageDefinition?
        var currentField: FieldDefinition?
        var inExtensions = false
        weak var parser: XMLParser?

        init(fileName: String) { self.fileName = fileName }

        func fail(_ p: XMLParser, _ reason: String) {
            if error == nil { error = .malformed(file: fileName, line: p.lineNumber, reason: reason) }
            p.abortParsing()
        }

        func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes a: [String: String] = [:]) {
            path.append(name)
            text = ""
            switch name {
            case "enum" where path.dropLast().last == "enums":
                guard let n = a["name"] else { return fail(p, "enum without a name") }
                currentEnum = EnumDefinition(name: n, description: "", isBitmask: a["bitmask"] == "true",
                                             entries: [], sourceFile: fileName)
            case "entry" where currentEnum != nil:
                guard let n = a["name"] else { return fail(p, "enum entry without a name") }
                let value: UInt64
                if let v = a["value"] {
                    guard let parsed = Self.parseInteger(v) else { return fail(p, "entry \(n): bad value '\(v)'") }
                    value = parsed
                } else {
                    value = (currentEnum!.entries.map(\.value).max() ?? 0) + 1
                }
                currentEntry = EnumEntry(name: n, value: value, description: "")
            case "deprecated":
                if currentEntry != nil { currentEntry!.deprecated = true }
                else if currentMessage != nil { currentMessage!.deprecated = true }
            case "message":
                guard let n = a["name"], let idText = a["id"], let id = UInt32(idText), id < 1 << 24 else {
                    return fail(p, "message needs a name and an id below 2^24")
                }
                currentMessage = MessageDefinition(id: id, name: n, description: "", fields: [], sourceFile: fileName)
                inExtensions = false
            case "extensions" where currentMessage != nil:
                inExtensions = true
            case "field" where currentMessage != nil:
                guard let n = a["name"], let t = a["type"] else { return fail(p, "field needs a name and a type") }
                guard let (type, length) = Self.parseType(t) else { return fail(p, "field \(n): unknown type '\(t)'") }
                currentField = FieldDefinition(name: n, type: type, arrayLength: length, enumName: a["enum"],
                                               units: a["units"], description: "", isExtension: inExtensions,
                                               displayBitmask: a["display"] == "bitmask")
            default: break
            }
        }

        func parser(_ p: XMLParser, foundCharacters s: String) { text += s }

        func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
            defer { path.removeLast(); text = "" }
            switch name {
            case "include": includes.append(body)
            case "version" where path.count == 2: version = Int(body)
            case "dialect" where path.count == 2: dialect = Int(body)
            case "description":
                if currentEntry != nil { currentEntry!.description = body }
                else if currentEnum != nil && path.dropLast().last == "enum" { currentEnum!.description = body }
                else if currentMessage != nil && path.dropLast().last == "message" { currentMessage!.description = body }
            case "entry":
                if let e = currentEntry { currentEnum?.entries.append(e) }
                currentEntry = nil
            case "enum" where currentEnum != nil && path.dropLast().last == "enums":
                enums.append(currentEnum!)
                currentEnum = nil
            case "field":
                if var f = currentField {
                    f.description = body
                    currentMessage?.fields.append(f)
                }
                currentField = nil
            case "message":
                if let m = currentMessage {
                    if m.maxLength > 255 { return fail(p, "message \(m.name) payload exceeds 255 bytes") }
                    messages.append(m)
                }
                currentMessage = nil
            default: break
            }
        }

        static func parseInteger(_ s: String) -> UInt64? {
            let t = s.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("0x") || t.hasPrefix("0X") { return UInt64(t.dropFirst(2), radix: 16) }
            if t.hasPrefix("0b") { return UInt64(t.dropFirst(2), radix: 2) }
            if t.contains("**") {
                let parts = t.components(separatedBy: "**")
                guard parts.count == 2, let b = UInt64(parts[0]), let e = UInt64(parts[1]) else { return nil }
                var v: UInt64 = 1
                for _ in 0..<e { v *= b }
                return v
            }
            if let v = UInt64(t) { return v }
            if let v = Int64(t) { return UInt64(bitPattern: v) }
            return nil
        }

        static func parseType(_ t: String) -> (PrimitiveType, Int?)? {
            if let open = t.firstIndex(of: "["), t.hasSuffix("]") {
                guard let base = PrimitiveType(rawValue: String(t[..<open])),
                      let n = Int(t[t.index(after: open)..<t.index(before: t.endIndex)]), n > 0 else { return nil }
                return (base, n)
            }
            guard let base = PrimitiveType(rawValue: t) else { return nil }
            return (base, nil)
        }
    }
}
