// Cortex-M4F reset and exception entry: the vector table, copying .data and zeroing .bss, turning
// on the FPU (CP10/CP11 full access) before any Swift code runs (the application is compiled
// hard-float), running static constructors, then `swiftlet_main` (Application/Main.swift).
#include <stdint.h>
#include <string.h>
#include "board.h"

extern uint32_t __data_load, __data_start, __data_end, __bss_start, __bss_end, __stack_top;
extern void __libc_init_array(void);
extern void swiftlet_main(void);
void Reset_Handler(void);
void HardFault_Handler(void);
void SysTick_Handler(void);

static void Default_Handler(void) { board_fault_report("unexpected interrupt", 0); }
void NMI_Handler(void) __attribute__((weak, alias("Default_Handler")));
void SVC_Handler(void) __attribute__((weak, alias("Default_Handler")));
void PendSV_Handler(void) __attribute__((weak, alias("Default_Handler")));

// 16 system exceptions, then the external interrupts (none used: the UART is polled with the
// transmitter blocking, and QEMU's serial backends hold input until it is read).
__attribute__((section(".vectors"), used)) static void (*const vectors[16 + 16])(void) = {
    (void (*)(void))(&__stack_top), Reset_Handler, NMI_Handler, HardFault_Handler,
    HardFault_Handler, HardFault_Handler, HardFault_Handler,  // MemManage, BusFault, UsageFault
    0, 0, 0, 0, SVC_Handler, 0, 0,
    PendSV_Handler, SysTick_Handler,
    [16 ... 31] = Default_Handler,
};

#define SCB_CPACR (*(volatile uint32_t *)0xE000ED88)
#define SCB_CCR (*(volatile uint32_t *)0xE000ED14)
#define SCB_SHCSR (*(volatile uint32_t *)0xE000ED24)

void Reset_Handler(void) {
    SCB_CPACR |= (0xFu << 20);  // CP10, CP11: full access (the FPU)
    __asm volatile("dsb\n isb");
    memcpy(&__data_start, &__data_load, (size_t)((char *)&__data_end - (char *)&__data_start));
    memset(&__bss_start, 0, (size_t)((char *)&__bss_end - (char *)&__bss_start));
    SCB_CCR |= (1u << 4);             // DIV_0_TRP: integer division by zero faults
    SCB_SHCSR |= (7u << 16);          // MemManage, BusFault, UsageFault enabled (reported by name)
    __libc_init_array();
    board_init();
    board_systick_start();
    swiftlet_main();
    board_exit(0);
}

// The stack is painted before anything runs on it deep (the reset handler's own frame is a few
// words at the top), so the deepest changed word gives the high-water mark.
extern uint32_t __stack_limit;
#define STACK_PAINT 0x5717C0DEu

__attribute__((constructor(101))) static void paint_stack(void) {
    uint32_t *sp;
    __asm volatile("mov %0, sp" : "=r"(sp));
    for (uint32_t *p = &__stack_limit; p < sp - 16; p++) *p = STACK_PAINT;
}

size_t board_stack_size(void) { return (size_t)((char *)&__stack_top - (char *)&__stack_limit); }

size_t board_stack_high_water(void) {
    const uint32_t *p = &__stack_limit;
    while (p < &__stack_top && *p == STACK_PAINT) p++;
    return (size_t)((char *)&__stack_top - (char *)p);
}

// newlib's __libc_init_array calls _init (crti.o's, left out by -nostartfiles): nothing to do.
void _init(void) {}
void _fini(void) {}
