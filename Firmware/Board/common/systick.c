// The time base: SysTick interrupts at 1 kHz from the processor clock; `board_cycles` combines the
// interrupt count with the down-counter, so it resolves single clock cycles. Under QEMU with
// `-icount shift=0` the processor clock is derived from the virtual clock, in which one guest
// instruction takes 1 ns (docs/FIRMWARE.md, "Measuring cost").
#include "board.h"

#define SYST_CSR (*(volatile uint32_t *)0xE000E010)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014)
#define SYST_CVR (*(volatile uint32_t *)0xE000E018)
#define SCB_ICSR (*(volatile uint32_t *)0xE000ED04)
#define ICSR_PENDSTSET (1u << 26)

static volatile uint32_t milliseconds;
static uint32_t reload;

void board_systick_start(void) {
    reload = board_cpu_hz() / 1000u;
    SYST_RVR = reload - 1u;
    SYST_CVR = 0;
    SYST_CSR = 7u;  // processor clock, interrupt, enable
}

void SysTick_Handler(void) { milliseconds = milliseconds + 1u; }

// The millisecond count and the down-counter are read together; a wrap whose interrupt has not
// been taken yet (QEMU takes interrupts at translation-block boundaries) shows as SysTick pending
// with the counter just reloaded, and counts as the millisecond it is, so time never goes back.
// QEMU can show the reloaded counter a few cycles before it marks SysTick pending (the counter
// follows the virtual clock, the pending bit waits for QEMU's timer callback); a reading in the
// first 64 cycles of a period with nothing pending is therefore taken again, at most 64 cycles
// later, by when the wrap is either pending or counted.
// A count of 0 is the period's last cycle, in which the wrap is already signalled: the interrupt
// may have been taken and counted while the counter still reads 0 (on mps2-an386 under QEMU the
// counter holds 0 for 40 instructions, time enough to take SysTick), and such a reading would be a
// whole period ahead of the next one. It is taken again, at most one counter cycle later.
uint64_t board_cycles(void) {
    uint32_t before, count, pending, after;
    do {
        before = milliseconds;
        count = SYST_CVR;
        pending = SCB_ICSR & ICSR_PENDSTSET;
        after = milliseconds;
    } while (before != after || count == 0u || (!pending && count >= reload - 64u));
    uint64_t cycles = (uint64_t)before * reload + (reload - 1u - count);
    if (pending && count > reload / 2u) cycles += reload;
    return cycles;
}

uint64_t board_micros(void) { return board_cycles() * 1000000u / board_cpu_hz(); }

void board_wait_for_interrupt(void) { __asm volatile("wfi"); }

// Exactly two instructions an iteration (subs, bne): the reference TargetCost checks the
// instruction-count mapping of the board clock against.
__attribute__((naked, noinline)) void board_calibration_loop(__attribute__((unused)) uint32_t iterations) {
    __asm volatile(
        "1: subs r0, r0, #1\n"
        "bne 1b\n"
        "bx lr\n");
}
