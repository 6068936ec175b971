// Faults: the stacked registers and the fault status registers, reported as one text line on the
// UART (a MAVLink reader skips it as noise; a human sees it) and on the semihosting console, then
// exit with BOARD_EXIT_FAULT. A Swift runtime trap (overflow, bounds, fatalError) arrives here as
// a UsageFault on its `udf` instruction.
#include "board.h"

#define SCB_CFSR (*(volatile uint32_t *)0xE000ED28)
#define SCB_HFSR (*(volatile uint32_t *)0xE000ED2C)
#define SCB_MMFAR (*(volatile uint32_t *)0xE000ED34)
#define SCB_BFAR (*(volatile uint32_t *)0xE000ED38)

__attribute__((naked)) void HardFault_Handler(void) {
    __asm volatile(
        "tst lr, #4\n"
        "ite eq\n"
        "mrseq r1, msp\n"
        "mrsne r1, psp\n"
        "ldr r0, =fault_name\n"
        "b board_fault_report\n");
}
const char fault_name[] = "fault";

static char *put(char *p, const char *s) { while (*s) *p++ = *s++; return p; }
static char *hex(char *p, uint32_t v) {
    *p++ = '0'; *p++ = 'x';
    for (int i = 28; i >= 0; i -= 4) *p++ = "0123456789abcdef"[(v >> i) & 0xF];
    return p;
}

void board_fault_report(const char *what, const uint32_t *frame) {
    char line[200];
    char *p = put(line, "\r\nFAULT: ");
    p = put(p, what);
    if (frame) {
        p = put(p, " pc="); p = hex(p, frame[6]);
        p = put(p, " lr="); p = hex(p, frame[5]);
        p = put(p, " psr="); p = hex(p, frame[7]);
    }
    p = put(p, " cfsr="); p = hex(p, SCB_CFSR);
    p = put(p, " hfsr="); p = hex(p, SCB_HFSR);
    p = put(p, " mmfar="); p = hex(p, SCB_MMFAR);
    p = put(p, " bfar="); p = hex(p, SCB_BFAR);
    p = put(p, "\r\n");
    *p = 0;
    board_uart_write((const uint8_t *)line, (size_t)(p - line));
    board_semihosting_write(line + 2);
    board_exit(BOARD_EXIT_FAULT);
}
