// Netduino Plus 2: an STM32F405RG (Cortex-M4F, 168 MHz, 1 MB flash, 192 KB RAM), the chip of the
// Pixhawk-class flight controllers. MAVLink on USART1 (QEMU's first serial port), 115200 8N1;
// eight PWM outputs on TIM3 and TIM4 channels 1–4 at 400 Hz, 1 µs resolution.
//
// QEMU models the USARTs and the general-purpose timers (their registers; no pins), not the RCC:
// the clock tree is not programmed here (a real board needs the PLL set to 168 MHz from the
// crystal first), only the peripheral clock enables, which QEMU ignores.
#include "board.h"

#define REG(address) (*(volatile uint32_t *)(address))
#define RCC_APB1ENR REG(0x40023840)
#define RCC_APB2ENR REG(0x40023844)

#define USART1 0x40011000u
#define USART_SR REG(USART1 + 0x00)
#define USART_DR REG(USART1 + 0x04)
#define USART_BRR REG(USART1 + 0x08)
#define USART_CR1 REG(USART1 + 0x0C)
#define SR_RXNE (1u << 5)
#define SR_TXE (1u << 7)

#define TIM3 0x40000400u
#define TIM4 0x40000800u
#define TIM_CR1(t) REG((t) + 0x00)
#define TIM_EGR(t) REG((t) + 0x14)
#define TIM_CCMR1(t) REG((t) + 0x18)
#define TIM_CCMR2(t) REG((t) + 0x1C)
#define TIM_CCER(t) REG((t) + 0x20)
#define TIM_PSC(t) REG((t) + 0x28)
#define TIM_ARR(t) REG((t) + 0x2C)
#define TIM_CCR(t, n) REG((t) + 0x34 + 4u * (n))

enum { APB1_HZ = 42000000, APB2_HZ = 84000000, PWM_PERIOD_US = 2500, CHANNELS = 8 };

static void pwm_timer_init(uint32_t tim) {
    TIM_PSC(tim) = (2u * APB1_HZ) / 1000000u - 1u;  // timer clock 84 MHz → 1 MHz counter
    TIM_ARR(tim) = PWM_PERIOD_US - 1u;
    TIM_CCMR1(tim) = (6u << 4) | (1u << 3) | (6u << 12) | (1u << 11);  // PWM mode 1, preload
    TIM_CCMR2(tim) = (6u << 4) | (1u << 3) | (6u << 12) | (1u << 11);
    TIM_CCER(tim) = 0x1111u;  // channels 1–4 enabled, active high
    for (uint32_t n = 0; n < 4; n++) TIM_CCR(tim, n) = 0;
    TIM_EGR(tim) = 1u;        // load the prescaler
    TIM_CR1(tim) = (1u << 7) | 1u;  // ARPE, counter enable
}

void board_init(void) {
    RCC_APB2ENR |= (1u << 4);              // USART1
    RCC_APB1ENR |= (1u << 1) | (1u << 2);  // TIM3, TIM4
    USART_BRR = (APB2_HZ + 115200u / 2u) / 115200u;
    USART_CR1 = (1u << 13) | (1u << 3) | (1u << 2);  // UE, TE, RE
    pwm_timer_init(TIM3);
    pwm_timer_init(TIM4);
}

uint32_t board_cpu_hz(void) { return 168000000u; }
const char *board_name(void) { return "netduinoplus2"; }
uint32_t board_pwm_channels(void) { return CHANNELS; }

void board_uart_write(const uint8_t *bytes, size_t count) {
    for (size_t i = 0; i < count; i++) {
        while (!(USART_SR & SR_TXE)) {}
        USART_DR = bytes[i];
    }
}

int board_uart_read(void) { return (USART_SR & SR_RXNE) ? (int)(USART_DR & 0xFFu) : -1; }

void board_pwm_write(uint32_t channel, uint32_t pulse_us) {
    if (channel >= CHANNELS) return;
    if (pulse_us > PWM_PERIOD_US) pulse_us = PWM_PERIOD_US;
    TIM_CCR(channel < 4 ? TIM3 : TIM4, channel % 4u) = pulse_us;
}

uint32_t board_pwm_read(uint32_t channel) {
    return channel < CHANNELS ? TIM_CCR(channel < 4 ? TIM3 : TIM4, channel % 4u) : 0;
}
