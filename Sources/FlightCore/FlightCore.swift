@_exported import FlightMath
