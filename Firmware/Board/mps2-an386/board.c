// Arm MPS2 with the AN386 image: a Cortex-M4F at 25 MHz, 4 MB of code SRAM at 0 and 4 MB of data
// SRAM at 0x20000000. MAVLink on the CMSDK APB UART0 (QEMU's first serial port). The board has no
// PWM timer, so the outputs are held in memory: `board_pwm_read` returns what was written.
#include "board.h"

#define REG(address) (*(volatile uint32_t *)(address))
#define UART0 0x40004000u
#define UART_DATA REG(UART0 + 0x00)
#define UART_STATE REG(UART0 + 0x04)
#define UART_CTRL REG(UART0 + 0x08)
#define UART_BAUDDIV REG(UART0 + 0x10)
#define STATE_TX_FULL (1u << 0)
#define STATE_RX_FULL (1u << 1)

enum { CPU_HZ = 25000000, CHANNELS = 8, PWM_PERIOD_US = 2500 };
static uint32_t pwm[CHANNELS];

void board_init(void) {
    UART_BAUDDIV = CPU_HZ / 115200u;
    UART_CTRL = 3u;  // TX and RX enabled, no interrupts
}

uint32_t board_cpu_hz(void) { return CPU_HZ; }
const char *board_name(void) { return "mps2-an386"; }
uint32_t board_pwm_channels(void) { return CHANNELS; }

void board_uart_write(const uint8_t *bytes, size_t count) {
    for (size_t i = 0; i < count; i++) {
        while (UART_STATE & STATE_TX_FULL) {}
        UART_DATA = bytes[i];
    }
}

int board_uart_read(void) { return (UART_STATE & STATE_RX_FULL) ? (int)(UART_DATA & 0xFFu) : -1; }

void board_pwm_write(uint32_t channel, uint32_t pulse_us) {
    if (channel < CHANNELS) pwm[channel] = pulse_us > PWM_PERIOD_US ? PWM_PERIOD_US : pulse_us;
}

uint32_t board_pwm_read(uint32_t channel) { return channel < CHANNELS ? pwm[channel] : 0; }
