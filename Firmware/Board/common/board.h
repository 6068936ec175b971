// The board edge the Swift application calls (Firmware/Application/Board.swift declares the same
// functions with @_extern(c)). Each board directory implements the hardware part; common/ holds
// the Cortex-M startup, SysTick time base, fault handler, semihosting and C-library hooks.
#ifndef SWIFTLET_BOARD_H
#define SWIFTLET_BOARD_H
#include <stdint.h>
#include <stddef.h>

// Board-specific (Board/<board>/board.c).
void board_init(void);                            // clocks, UART, PWM timers
uint32_t board_cpu_hz(void);                      // the SysTick clock (processor clock), Hz
void board_uart_write(const uint8_t *bytes, size_t count);   // blocking
int board_uart_read(void);                        // next received byte, or -1 if none
void board_pwm_write(uint32_t channel, uint32_t pulse_us);   // one output's pulse width, µs
uint32_t board_pwm_read(uint32_t channel);        // the pulse width the hardware holds, µs
uint32_t board_pwm_channels(void);                // how many outputs the board has
const char *board_name(void);
size_t board_heap_used(void);                     // bytes taken from the heap region
size_t board_stack_size(void);                    // bytes reserved for the main stack
size_t board_stack_high_water(void);              // most of it used so far, bytes

// Common (Board/common/*.c).
uint64_t board_micros(void);                      // µs since boot (SysTick)
uint64_t board_cycles(void);                      // SysTick clock cycles since boot
void board_wait_for_interrupt(void);
int board_semihosting_cmdline(char *buffer, size_t capacity);  // 0 on success
void board_semihosting_write(const char *text);   // host debug console (stderr)
__attribute__((noreturn)) void board_exit(int code);          // semihosting exit with a status
void board_systick_start(void);                   // 1 kHz SysTick interrupt from board_cpu_hz()
__attribute__((noreturn)) void board_fault_report(const char *what, const uint32_t *frame);

// Exit codes (semihosting SYS_EXIT_EXTENDED): 0 pass, 1 self-test failure, 2 unknown mode, 3 fault.
#define BOARD_EXIT_FAULT 3
#endif
