// ARM semihosting (bkpt 0xAB): the command line QEMU passes with `-semihosting-config arg=…`,
// debug text to the host's stderr, and the exit status (SYS_EXIT_EXTENDED), which QEMU turns into
// its own exit code. Only for emulation or a debugger: without a host a bkpt faults.
#include "board.h"

static int semihost(int op, const void *arg) {
    register int r0 __asm("r0") = op;
    register const void *r1 __asm("r1") = arg;
    __asm volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

int board_semihosting_cmdline(char *buffer, size_t capacity) {
    struct { char *buffer; size_t length; } block = { buffer, capacity };
    return semihost(0x15, &block);  // SYS_GET_CMDLINE
}

void board_semihosting_write(const char *text) { semihost(0x04, text); }  // SYS_WRITE0

void board_exit(int code) {
    const uint32_t block[2] = { 0x20026u, (uint32_t)code };  // ADP_Stopped_ApplicationExit
    semihost(0x20, block);                                     // SYS_EXIT_EXTENDED
    for (;;) __asm volatile("wfi");
}
