import Foundation
import MAVLinkGenerator

// mavlink-generate: MAVLink XML definitions -> Swift sources for the MAVLinkDialects module.
//
//   mavlink-generate [--output DIR] [--check] XML...
//
// Each XML names a dialect root (for example common.xml); includes are resolved beside it.
// --check compares with DIR instead of writing, and exits 1 listing what differs.

var args = Array(CommandLine.arguments.dropFirst())
var output = "Sources/MAVLinkDialects/Generated"
var check = false
var roots: [String] = []
while !args.isEmpty {
    let a = args.removeFirst()
    switch a {
    case "--output", "-o":
        guard !args.isEmpty else { FileHandle.standardError.write(Data("--output needs a folder\n".utf8)); exit(2) }
        output = args.removeFirst()
    case "--check": check = true
    case "-h", "--help":
        print("usage: mavlink-generate [--output DIR] [--check] DIALECT.xml...")
        exit(0)
    default: roots.append(a)
    }
}
guard !roots.isEmpty else {
    FileHandle.standardError.write(Data("usage: mavlink-generate [--output DIR] [--check] DIALECT.xml...\n".utf8))
    exit(2)
}

do {
    let urls = roots.map { URL(fileURLWithPath: $0) }
    let directory = urls[0].deletingLastPathComponent()
    let set = try DefinitionSet(directory: directory, roots: urls.map(\.lastPathComponent))
    let files = SwiftEmitter(set: set).files()
    let outURL = URL(fileURLWithPath: output)
    if check {
        let drift = try OutputWriter.differences(files, in: outURL)
        if drift.isEmpty { print("generated code is up to date (\(files.count) files)"); exit(0) }
        for d in drift { print("drift: \(d)") }
        print("generated code differs from the XML: run scripts/generate-mavlink")
        exit(1)
    }
    try OutputWriter.write(files, to: outURL)
    print("wrote \(files.count) files to \(output): \(set.messagesByID.count) messages, \(set.enums.count) enums")
} catch {
    FileHandle.standardError.write(Data("mavlink-generate: \(error)\n".utf8))
    exit(1)
}
