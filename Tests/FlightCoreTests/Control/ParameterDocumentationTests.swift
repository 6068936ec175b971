import Foundation
import Testing
import TestSupport
import FlightCore

/// Renders `docs/PARAMETERS.md` from the parameter table.
enum ParameterDocument {
    static func format(_ v: ParameterValue) -> String {
        switch v {
        case .int32(let i): String(i)
        case .float(let f):
            // Shortest text that reads back as the same Float.
            f == f.rounded() && abs(f) < 1e7 ? String(Int(f)) : "\(f)"
        }
    }

    static func render(_ definitions: [ParameterDefinition] = ParameterCatalog.all) -> String {
        var out = """
        # Parameters

        Generated from the parameter table in `Sources/FlightCore/Parameters/` by
        `ParameterDocumentationTests` — do not edit. Regenerate with
        `SWIFTLET_WRITE_DOCS=1 swift test --filter ParameterDocumentation`.

        Names are at most 16 characters (MAVLink `param_id`). Type is the MAVLink `MAV_PARAM_TYPE`
        (INT32 = 6, REAL32 = 9). Values outside [min, max] are refused with the limits in the reason.


        """
        var listed = 0
        for g in ParameterCatalog.groups {
            let group = g.definitions
            out += "## \(g.title)\n\n| Name | Type | Default | Min | Max | Unit | Reboot | Description |\n|---|---|---|---|---|---|---|---|\n"
            for d in group {
                let type = d.type == .float ? "float" : "int32"
                out += "| `\(d.name)` | \(type) | \(format(d.defaultValue)) | \(format(d.minimum)) | \(format(d.maximum)) | \(d.unit) | \(d.rebootRequired ? "yes" : "") | \(d.description) |\n"
            }
            out += "\n"
            listed += group.count
        }
        precondition(listed == definitions.count, "ParameterCatalog.all and .groups disagree")
        return out
    }
}

@Suite struct ParameterDocumentationTests {
    @Test func parametersDocumentMatchesTheTable() throws {
        let url = repositoryRoot.appendingPathComponent("docs/PARAMETERS.md")
        let rendered = ParameterDocument.render()
        if ProcessInfo.processInfo.environment["SWIFTLET_WRITE_DOCS"] == "1" {
            try writeAtomically(rendered, to: url)
        }
        let onDisk = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(onDisk == rendered, "docs/PARAMETERS.md is stale: run SWIFTLET_WRITE_DOCS=1 swift test --filter ParameterDocumentation")
    }
}
