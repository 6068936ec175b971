@_extern(c, "board_stack_high_water") func c_board_stack_high_water() -> Int
@_extern(c, "board_stack_size") func c_board_stack_size() -> Int

/// The main stack's size and the most of it used so far (the start-up code paints it with a
/// pattern; the deepest overwritten word is the high-water mark). There is no MPU guard, so the
/// self-test checks the margin.
enum StackUsage {
    /// Bytes reserved for the main stack (the linker script's `__stack_size`).
    static var size: Int { c_board_stack_size() }
    /// Bytes of it used at the deepest point so far.
    static var highWater: Int { c_board_stack_high_water() }
}
