/// Typed access to a JSON document that names the JSON path of whatever is missing or wrong.
struct JSONReader {
    let source: String
    let value: JSONValue
    let path: String

    func fail(_ reason: String) -> PlanError { PlanError(source: source, location: path, reason: reason) }

    func member(_ key: String) throws(PlanError) -> JSONReader {
        guard case .object = value else { throw fail("expected an object, found \(value.kindName)") }
        guard let v = value[key] else { throw PlanError(source: source, location: path, reason: "missing key \"\(key)\"") }
        return JSONReader(source: source, value: v, path: path + "." + key)
    }

    func optionalMember(_ key: String) throws(PlanError) -> JSONReader? {
        guard case .object = value else { throw fail("expected an object, found \(value.kindName)") }
        guard let v = value[key], v != .null else { return nil }
        return JSONReader(source: source, value: v, path: path + "." + key)
    }

    func elements() throws(PlanError) -> [JSONReader] {
        guard case .array(let xs) = value else { throw fail("expected an array, found \(value.kindName)") }
        return xs.enumerated().map { JSONReader(source: source, value: $1, path: "\(path)[\($0)]") }
    }

    func number() throws(PlanError) -> Double {
        guard case .number(let d) = value else { throw fail("expected a number, found \(value.kindName)") }
        return d
    }

    /// A number, with null read as NaN (how QGC writes NaN parameters).
    func numberOrNaN() throws(PlanError) -> Double {
        if value == .null { return .nan }
        return try number()
    }

    func integer<T: FixedWidthInteger>(_: T.Type) throws(PlanError) -> T {
        let d = try number()
        guard d == d.rounded(), let v = T(exactly: d) else { throw fail("expected an integer in \(T.min)...\(T.max), found \(d)") }
        return v
    }

    func bool() throws(PlanError) -> Bool {
        guard case .bool(let b) = value else { throw fail("expected true or false, found \(value.kindName)") }
        return b
    }

    func string() throws(PlanError) -> String {
        guard case .string(let s) = value else { throw fail("expected a string, found \(value.kindName)") }
        return s
    }

    /// `[lat, lon]` or `[lat, lon, alt]` with latitude and longitude range checks.
    func coordinate(minCount: Int = 2) throws(PlanError) -> [Double] {
        let xs = try elements()
        guard xs.count >= minCount, xs.count <= 3 else { throw fail("expected \(minCount == 3 ? "[lat, lon, alt]" : "[lat, lon]"), found \(xs.count) values") }
        var out: [Double] = []
        for x in xs { out.append(try x.number()) }
        guard abs(out[0]) <= 90 else { throw fail("latitude \(out[0]) outside ±90°") }
        guard abs(out[1]) <= 180 else { throw fail("longitude \(out[1]) outside ±180°") }
        return out
    }
}
