import Foundation

/// Every definition reachable from a set of dialect roots, merged, with conflicts found.
public struct DefinitionSet {
    /// Files in load order (an include before the file that includes it).
    public private(set) var files: [DefinitionFile] = []
    /// Dialect roots and the files each reaches, root last.
    public private(set) var dialects: [(root: String, files: [String])] = []
    /// Enums by name, entries merged from every file.
    public private(set) var enums: [String: EnumDefinition] = [:]
    /// Which file first defined each enum entry (by enum name and entry name).
    public private(set) var entryOrigin: [String: String] = [:]
    public private(set) var messagesByID: [UInt32: MessageDefinition] = [:]

    /// Loads `roots` (file names in `directory`) and everything they include.
    public init(directory: URL, roots: [String]) throws {
        var loaded: [String: DefinitionFile] = [:]
        func load(_ name: String, stack: [String]) throws -> [String] {
            if stack.contains(name) { throw GeneratorError.conflict("include cycle: \((stack + [name]).joined(separator: " -> "))") }
            let file: DefinitionFile
            if let f = loaded[name] { file = f } else {
                file = try DefinitionParser.parse(contentsOf: directory.appendingPathComponent(name))
                loaded[name] = file
            }
            var order: [String] = []
            for inc in file.includes {
                for n in try load(inc, stack: stack + [name]) where !order.contains(n) { order.append(n) }
            }
            if !order.contains(name) { order.append(name) }
            if !files.contains(where: { $0.fileName == name }) { files.append(file) }
            return order
        }
        for r in roots { dialects.append((r, try load(r, stack: []))) }
        try merge()
    }

    private mutating func merge() throws {
        var messageNames: [String: UInt32] = [:]
        for file in files {
            for e in file.enums {
                if var existing = enums[e.name] {
                    for entry in e.entries {
                        if let old = existing.entries.first(where: { $0.name == entry.name }) {
                            if old.value != entry.value {
                                throw GeneratorError.conflict("\(e.name).\(entry.name) is \(old.value) in \(entryOrigin[e.name + "." + entry.name]!) but \(entry.value) in \(file.fileName)")
                            }
                            continue
                        }
                        existing.entries.append(entry)
                        entryOrigin[e.name + "." + entry.name] = file.fileName
                    }
                    existing.isBitmask = existing.isBitmask || e.isBitmask
                    if existing.description.isEmpty { existing.description = e.description }
                    enums[e.name] = existing
                } else {
                    enums[e.name] = e
                    for entry in e.entries { entryOrigin[e.name + "." + entry.name] = file.fileName }
                }
            }
            for m in file.messages {
                if let old = messagesByID[m.id] {
                    var a = old, b = m
                    a.sourceFile = ""; b.sourceFile = ""
                    if a != b {
                        throw GeneratorError.conflict("message id \(m.id) is \(old.name) in \(old.sourceFile) and \(m.name) in \(m.sourceFile)")
                    }
                    continue
                }
                if let otherID = messageNames[m.name] {
                    throw GeneratorError.conflict("message \(m.name) has id \(otherID) and id \(m.id) (\(m.sourceFile))")
                }
                messagesByID[m.id] = m
                messageNames[m.name] = m.id
            }
        }
        for m in messagesByID.values {
            for f in m.fields where f.enumName != nil && enums[f.enumName!] == nil {
                throw GeneratorError.conflict("\(m.name).\(f.name) names enum \(f.enumName!), which no included file defines")
            }
        }
    }

    /// Messages defined in `file`, by id.
    public func messages(definedIn file: String) -> [MessageDefinition] {
        messagesByID.values.filter { $0.sourceFile == file }.sorted { $0.id < $1.id }
    }

    /// Messages a dialect root reaches, by id.
    public func messages(ofDialect root: String) -> [MessageDefinition] {
        guard let d = dialects.first(where: { $0.root == root }) else { return [] }
        return messagesByID.values.filter { d.files.contains($0.sourceFile) }.sorted { $0.id < $1.id }
    }
}
