/*
 * The reference for scripts/bench-control: Swiftlet's rate tick (the body-rate PID with
 * derivative on the low-passed measurement and saturation-aware anti-windup, then the mixer with
 * sequential desaturation, spool ceiling and thrust-curve inversion), written in plain C with the
 * same arithmetic in the same order, so the two produce the same outputs from the same gains.
 * It reads the gains and the allocation rows the Swift harness wrote (float bit patterns), runs
 * the same input sequence and prints the best round's thread CPU time per tick and a checksum.
 *
 *   control_rate_reference PARAMS TICKS ROUNDS
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { float x, y, z; } vec3;
typedef struct { float c[4]; } mix_row; /* roll, pitch, yaw, thrust */

typedef struct {
    vec3 p, i, d, ff, limit;
    float cutoff_hz;
} rate_gains;

typedef struct {
    rate_gains g;
    vec3 integral;
    vec3 previous;
    int has_previous;
    float lp[3];
} rate_controller;

typedef struct {
    float idle, spool_up, spool_down, thrust_curve;
    int allow_thrust_increase;
    int n;
    mix_row rows[8];
    float spool;
    float last[8];
    uint8_t sat_pos, sat_neg; /* bit k: axis k (roll, pitch, yaw, thrust) */
} mixer;

static float constrainf(float v, float lo, float hi) { return v < lo ? lo : (v > hi ? hi : v); }
static float minf(float a, float b) { return b < a ? b : a; }
static float maxf(float a, float b) { return b >= a ? b : a; }
static float axis_of(vec3 v, int k) { return k == 0 ? v.x : (k == 1 ? v.y : v.z); }
static void set_axis(vec3 *v, int k, float f) { if (k == 0) v->x = f; else if (k == 1) v->y = f; else v->z = f; }

static float low_pass(float *value, float sample, float dt, float cutoff_hz) {
    if (!(cutoff_hz > 0) || !(dt > 0)) { *value = sample; return *value; }
    float rc = 1.0f / (2.0f * 3.14159265358979323846f * cutoff_hz);
    *value += (dt / (dt + rc)) * (sample - *value);
    return *value;
}

static vec3 rate_update(rate_controller *r, vec3 rate, vec3 sp, float dt, uint8_t sat_pos, uint8_t sat_neg) {
    vec3 e = { sp.x - rate.x, sp.y - rate.y, sp.z - rate.z };
    vec3 acc = { 0, 0, 0 };
    if (r->has_previous && dt > 0) {
        float raw[3] = { (rate.x - r->previous.x) / dt, (rate.y - r->previous.y) / dt, (rate.z - r->previous.z) / dt };
        acc.x = low_pass(&r->lp[0], raw[0], dt, r->g.cutoff_hz);
        acc.y = low_pass(&r->lp[1], raw[1], dt, r->g.cutoff_hz);
        acc.z = low_pass(&r->lp[2], raw[2], dt, r->g.cutoff_hz);
    } else if (!r->has_previous) {
        r->lp[0] = r->lp[1] = r->lp[2] = 0;
    }
    r->previous = rate;
    r->has_previous = 1;
    const rate_gains *g = &r->g;
    vec3 t;
    t.x = g->p.x * e.x + r->integral.x - g->d.x * acc.x + g->ff.x * sp.x;
    t.y = g->p.y * e.y + r->integral.y - g->d.y * acc.y + g->ff.y * sp.y;
    t.z = g->p.z * e.z + r->integral.z - g->d.z * acc.z + g->ff.z * sp.z;
    if (dt > 0) {
        for (int k = 0; k < 3; k++) {
            float ek = axis_of(e, k);
            if (ek > 0 && (sat_pos & (1u << k))) continue;
            if (ek < 0 && (sat_neg & (1u << k))) continue;
            float lim = axis_of(g->limit, k);
            set_axis(&r->integral, k, constrainf(axis_of(r->integral, k) + axis_of(g->i, k) * ek * dt, -lim, lim));
        }
    }
    return t;
}

static float desaturation_gain(const float *u, const mixer *m, int axis) {
    float kmin = 0, kmax = 0;
    for (int i = 0; i < m->n; i++) {
        float v = m->rows[i].c[axis];
        if (fabsf(v) < 1e-6f) continue;
        float k;
        if (u[i] < 0) k = -u[i] / v; else if (u[i] > 1) k = (1 - u[i]) / v; else continue;
        kmin = minf(kmin, k); kmax = maxf(kmax, k);
    }
    return kmin + kmax;
}

static void shift(float *u, const mixer *m, int axis, float lower, float upper) {
    for (int pass = 0; pass < 2; pass++) {
        float k = desaturation_gain(u, m, axis);
        if (k == 0) return;
        if (pass == 1) k *= 0.5f;
        k = constrainf(k, lower, upper);
        if (k == 0) return;
        for (int i = 0; i < m->n; i++) u[i] += k * m->rows[i].c[axis];
    }
}

static float command_for_thrust(float thrust, float f) {
    float k = constrainf(f, 0, 1);
    if (k < 1e-4f) return thrust;
    float a = 1 - k;
    return (-a + sqrtf(a * a + 4 * k * thrust)) / (2 * k);
}

static void mix(mixer *m, vec3 t, float demand_thrust, int armed, float dt, float *out) {
    float thrust = constrainf(demand_thrust, 0, 1);
    float u[8] = { 0 };
    for (int i = 0; i < m->n; i++) u[i] = m->rows[i].c[3] * thrust + m->rows[i].c[0] * t.x + m->rows[i].c[1] * t.y;
    float up = m->allow_thrust_increase ? 1.0f : 0.0f;
    shift(u, m, 3, -thrust, up);
    shift(u, m, 0, -INFINITY, INFINITY);
    shift(u, m, 1, -INFINITY, INFINITY);
    for (int i = 0; i < m->n; i++) u[i] += m->rows[i].c[2] * t.z;
    shift(u, m, 2, -INFINITY, INFINITY);
    shift(u, m, 3, -1, 0);

    uint8_t pos = 0, neg = 0;
    const float edge = 1e-4f;
    for (int i = 0; i < m->n; i++) {
        int top = u[i] >= 1 - edge, bottom = u[i] <= edge;
        if (!top && !bottom) continue;
        for (int k = 0; k < 4; k++) {
            float c = m->rows[i].c[k];
            if (fabsf(c) < 1e-6f) continue;
            if ((c > 0) == top) pos |= (uint8_t)(1u << k); else neg |= (uint8_t)(1u << k);
        }
    }
    if (armed) m->spool = m->spool_up > 0 ? minf(1, m->spool + dt / m->spool_up) : 1;
    else m->spool = m->spool_down > 0 ? maxf(0, m->spool - dt / m->spool_down) : 0;
    if (m->spool < 1) pos |= 0x0f;
    m->sat_pos = pos; m->sat_neg = neg;

    float idle = constrainf(m->idle, 0, 1);
    for (int i = 0; i < m->n; i++) {
        float c = command_for_thrust(constrainf(u[i], 0, 1), m->thrust_curve);
        float command = armed ? idle + (1 - idle) * c : m->last[i];
        out[i] = minf(command, m->spool);
        m->last[i] = out[i];
    }
}

static float read_float(FILE *f) {
    unsigned long bits;
    if (fscanf(f, "%lu", &bits) != 1) { fprintf(stderr, "control_rate_reference: bad parameter file\n"); exit(2); }
    uint32_t b = (uint32_t)bits; float v; memcpy(&v, &b, 4); return v;
}

static double thread_seconds(void) {
    struct timespec t; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: control_rate_reference PARAMS TICKS ROUNDS\n"); return 2; }
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 2; }
    rate_gains g;
    float *gv[] = { &g.p.x, &g.p.y, &g.p.z, &g.i.x, &g.i.y, &g.i.z, &g.d.x, &g.d.y, &g.d.z,
                    &g.ff.x, &g.ff.y, &g.ff.z, &g.limit.x, &g.limit.y, &g.limit.z, &g.cutoff_hz };
    for (size_t k = 0; k < sizeof gv / sizeof gv[0]; k++) *gv[k] = read_float(f);
    mixer proto; memset(&proto, 0, sizeof proto);
    proto.idle = read_float(f); proto.spool_up = read_float(f); proto.spool_down = read_float(f);
    proto.allow_thrust_increase = read_float(f) != 0; proto.thrust_curve = read_float(f);
    if (fscanf(f, "%d", &proto.n) != 1 || proto.n < 1 || proto.n > 8) { fprintf(stderr, "bad motor count\n"); return 2; }
    for (int i = 0; i < proto.n; i++) for (int k = 0; k < 4; k++) proto.rows[i].c[k] = read_float(f);
    fclose(f);

    long ticks = atol(argv[2]);
    int rounds = atoi(argv[3]);
    double fastest = INFINITY; float checksum = 0;
    for (int r = 0; r < (rounds > 0 ? rounds : 1); r++) {
        rate_controller rc; memset(&rc, 0, sizeof rc); rc.g = g;
        mixer m = proto;
        float sum = 0, out[8];
        double start = thread_seconds();
        for (long k = 0; k < ticks; k++) {
            float phase = (float)(k & 1023) * 0.006f;
            vec3 rate = { 0.1f * phase, -0.05f * phase, 0.02f }, sp = { 0.3f, 0, 0 };
            vec3 t = rate_update(&rc, rate, sp, 0.0025f, m.sat_pos, m.sat_neg);
            mix(&m, t, 0.5f, 1, 0.0025f, out);
            sum += out[0] - out[3];
        }
        double s = thread_seconds() - start;
        if (s < fastest) fastest = s;
        checksum = sum;
    }
    uint32_t bits; memcpy(&bits, &checksum, 4);
    printf("{\"what\":\"c-rate\",\"ns\":%.3f,\"checksum\":%.9g,\"bits\":%u}\n", fastest * 1e9 / (double)ticks, checksum, bits);
    return 0;
}
