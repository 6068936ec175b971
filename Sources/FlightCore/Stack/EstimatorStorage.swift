/// The flight stack's estimator, held on the heap so that the `FlightStack` value itself stays
/// small (the estimator is about 9 KB of its 11 KB on a 32-bit target).
///
/// Every copy the compiler makes of a `FlightStack` — building one in `init`, handing it to
/// `FlightStackVehicle`, returning it — then copies a reference instead of the filter's state,
/// which keeps those frames within the firmware's 64 KB stack (docs/FIRMWARE.md, "Memory").
/// `FlightStack.estimator` copies the storage before a mutation when it is shared, so the stack
/// keeps value semantics; a stack that is not copied never allocates after `init`.
@usableFromInline final class EstimatorStorage: @unchecked Sendable {
    // Sendable: only `FlightStack.estimator` reaches `value`, and it mutates only a uniquely
    // referenced storage (copy on write), so no two threads can ever share a mutable instance.
    @usableFromInline var value: Estimator

    /// A new estimator configured by `config`.
    init(config: EstimatorConfig) { value = Estimator(config: config) }

    /// A copy of `value`, for copy on write.
    init(copying value: Estimator) { self.value = value }
}
