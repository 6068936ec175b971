/*
 * The C reference side of scripts/bench-mavlink: the MAVLink C library that pymavlink's mavgen
 * generates (built at benchmark time, never committed), driven the way C code normally drives it.
 *
 *   mavlink_c_bench encode N OUT [ROUNDS]   mavlink_msg_*_pack + mavlink_msg_to_send_buffer, N messages
 *   mavlink_c_bench parse FILE [ROUNDS]     mavlink_parse_char per byte + mavlink_msg_*_decode per frame
 *
 * The message mix mirrors Benchmarks/Sources/MAVLinkBench/main.swift: message i has type i % 8 and
 * is entry (i / 8) % 128 of that type's pool, values drawn from the same 64-bit LCG in field order,
 * so both encoders must produce the same bytes. Prints one JSON line per measurement (best round).
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "common/mavlink.h"

#define POOL 128

static mavlink_heartbeat_t hb[POOL];
static mavlink_sys_status_t ss[POOL];
static mavlink_attitude_t at[POOL];
static mavlink_gps_raw_int_t gr[POOL];
static mavlink_global_position_int_t gp[POOL];
static mavlink_vfr_hud_t vh[POOL];
static mavlink_param_value_t pv[POOL];
static mavlink_command_long_t cl[POOL];

static uint64_t lcg = 0x5EED;
static uint32_t r(void) {
    lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(lcg >> 33);
}
static float f(void) { return (float)(r() % 200000u) / 1000.0f - 100.0f; }

/* One statement per draw: C leaves argument evaluation order unspecified. */
static void build_pool(void) {
    memset(hb, 0, sizeof hb); memset(ss, 0, sizeof ss); memset(at, 0, sizeof at); memset(gr, 0, sizeof gr);
    memset(gp, 0, sizeof gp); memset(vh, 0, sizeof vh); memset(pv, 0, sizeof pv); memset(cl, 0, sizeof cl);
    for (int i = 0; i < 1024; i++) {
        int k = i / 8;
        switch (i % 8) {
        case 0:
            hb[k].type = MAV_TYPE_QUADROTOR; hb[k].autopilot = MAV_AUTOPILOT_PX4;
            hb[k].base_mode = (uint8_t)(r() & 0xFF); hb[k].custom_mode = r(); hb[k].system_status = MAV_STATE_ACTIVE;
            hb[k].mavlink_version = 3;
            break;
        case 1:
            ss[k].onboard_control_sensors_present = r(); ss[k].load = (uint16_t)(r() % 1000);
            ss[k].voltage_battery = (uint16_t)(r() % 20000); ss[k].current_battery = (int16_t)(r() % 3000);
            ss[k].battery_remaining = (int8_t)(r() % 100);
            break;
        case 2:
            at[k].time_boot_ms = r(); at[k].roll = f(); at[k].pitch = f(); at[k].yaw = f();
            at[k].rollspeed = f(); at[k].pitchspeed = f(); at[k].yawspeed = f();
            break;
        case 3:
            gr[k].time_usec = (uint64_t)r() << 8; gr[k].fix_type = GPS_FIX_TYPE_3D_FIX;
            gr[k].lat = (int32_t)r(); gr[k].lon = (int32_t)r(); gr[k].alt = (int32_t)(r() % 100000);
            gr[k].eph = 120; gr[k].epv = 200; gr[k].vel = (uint16_t)(r() % 2000); gr[k].cog = (uint16_t)(r() % 36000);
            gr[k].satellites_visible = 14;
            break;
        case 4:
            gp[k].time_boot_ms = r(); gp[k].lat = (int32_t)r(); gp[k].lon = (int32_t)r();
            gp[k].alt = (int32_t)(r() % 100000); gp[k].relative_alt = (int32_t)(r() % 50000);
            gp[k].vx = (int16_t)r(); gp[k].vy = (int16_t)r(); gp[k].vz = (int16_t)r(); gp[k].hdg = (uint16_t)(r() % 36000);
            break;
        case 5:
            vh[k].airspeed = f(); vh[k].groundspeed = f(); vh[k].heading = (int16_t)(r() % 360);
            vh[k].throttle = (uint16_t)(r() % 100); vh[k].alt = f(); vh[k].climb = f();
            break;
        case 6:
            strncpy(pv[k].param_id, "MC_ROLLRATE_P", sizeof pv[k].param_id);
            pv[k].param_value = f(); pv[k].param_type = MAV_PARAM_TYPE_REAL32; pv[k].param_count = 900;
            pv[k].param_index = (uint16_t)(r() % 900);
            break;
        default:
            cl[k].target_system = 1; cl[k].target_component = 1; cl[k].command = (uint16_t)(r() % 600);
            cl[k].confirmation = 0;
            cl[k].param1 = f(); cl[k].param2 = f(); cl[k].param3 = f(); cl[k].param4 = f();
            cl[k].param5 = f(); cl[k].param6 = f(); cl[k].param7 = f();
            break;
        }
    }
}

/* Thread CPU time, seconds: the machine is shared, so rounds are not charged for waiting on a core. */
static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void report(const char *op, long frames, long bytes, double s) {
    printf("{\"impl\":\"c\",\"op\":\"%s\",\"frames\":%ld,\"bytes\":%ld,\"seconds\":%.9f,\"ns_per_frame\":%.3f,\"mb_per_s\":%.3f}\n",
           op, frames, bytes, s, s * 1e9 / (double)frames, (double)bytes / s / 1e6);
}

static int encode(long count, const char *out, int rounds) {
    build_pool();
    uint8_t *buf = malloc((size_t)count * MAVLINK_MAX_PACKET_LEN);
    if (!buf) return 1;
    long n = 0;
    double best = 1e9;
    for (int round = 0; round < rounds; round++) {
        mavlink_reset_channel_status(MAVLINK_COMM_0);
        mavlink_get_channel_status(MAVLINK_COMM_0)->current_tx_seq = 0;
        n = 0;
        double t0 = now();
        for (long i = 0; i < count; i++) {
            mavlink_message_t msg;
            int k = (int)((i >> 3) & 127);
            switch (i & 7) {
            case 0: mavlink_msg_heartbeat_pack(1, 1, &msg, hb[k].type, hb[k].autopilot, hb[k].base_mode,
                                               hb[k].custom_mode, hb[k].system_status); break;
            case 1: mavlink_msg_sys_status_pack(1, 1, &msg, ss[k].onboard_control_sensors_present,
                                                ss[k].onboard_control_sensors_enabled, ss[k].onboard_control_sensors_health,
                                                ss[k].load, ss[k].voltage_battery, ss[k].current_battery,
                                                ss[k].battery_remaining, ss[k].drop_rate_comm, ss[k].errors_comm,
                                                ss[k].errors_count1, ss[k].errors_count2, ss[k].errors_count3,
                                                ss[k].errors_count4, ss[k].onboard_control_sensors_present_extended,
                                                ss[k].onboard_control_sensors_enabled_extended,
                                                ss[k].onboard_control_sensors_health_extended); break;
            case 2: mavlink_msg_attitude_pack(1, 1, &msg, at[k].time_boot_ms, at[k].roll, at[k].pitch, at[k].yaw,
                                              at[k].rollspeed, at[k].pitchspeed, at[k].yawspeed); break;
            case 3: mavlink_msg_gps_raw_int_pack(1, 1, &msg, gr[k].time_usec, gr[k].fix_type, gr[k].lat, gr[k].lon,
                                                 gr[k].alt, gr[k].eph, gr[k].epv, gr[k].vel, gr[k].cog,
                                                 gr[k].satellites_visible, gr[k].alt_ellipsoid, gr[k].h_acc, gr[k].v_acc,
                                                 gr[k].vel_acc, gr[k].hdg_acc, gr[k].yaw); break;
            case 4: mavlink_msg_global_position_int_pack(1, 1, &msg, gp[k].time_boot_ms, gp[k].lat, gp[k].lon, gp[k].alt,
                                                         gp[k].relative_alt, gp[k].vx, gp[k].vy, gp[k].vz, gp[k].hdg); break;
            case 5: mavlink_msg_vfr_hud_pack(1, 1, &msg, vh[k].airspeed, vh[k].groundspeed, vh[k].heading,
                                             vh[k].throttle, vh[k].alt, vh[k].climb); break;
            case 6: mavlink_msg_param_value_pack(1, 1, &msg, pv[k].param_id, pv[k].param_value, pv[k].param_type,
                                                 pv[k].param_count, pv[k].param_index); break;
            default: mavlink_msg_command_long_pack(1, 1, &msg, cl[k].target_system, cl[k].target_component,
                                                   cl[k].command, cl[k].confirmation, cl[k].param1, cl[k].param2,
                                                   cl[k].param3, cl[k].param4, cl[k].param5, cl[k].param6,
                                                   cl[k].param7); break;
            }
            n += mavlink_msg_to_send_buffer(buf + n, &msg);
        }
        double t = now() - t0;
        if (t < best) best = t;
    }
    FILE *fp = fopen(out, "wb");
    if (!fp || fwrite(buf, 1, (size_t)n, fp) != (size_t)n) { perror(out); return 1; }
    fclose(fp);
    free(buf);
    report("encode", count, n, best);
    return 0;
}

static uint64_t float_bits(float x) { uint32_t u; memcpy(&u, &x, 4); return u; }

static int parse(const char *file, int rounds) {
    FILE *fp = fopen(file, "rb");
    if (!fp) { perror(file); return 1; }
    fseek(fp, 0, SEEK_END);
    long size = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    uint8_t *bytes = malloc((size_t)size);
    if (!bytes || fread(bytes, 1, (size_t)size, fp) != (size_t)size) { perror(file); return 1; }
    fclose(fp);
    long frames = 0;
    uint64_t check = 0;
    double best = 1e9;
    for (int round = 0; round < rounds; round++) {
        mavlink_reset_channel_status(MAVLINK_COMM_0);
        mavlink_message_t msg;
        mavlink_status_t status;
        frames = 0;
        double t0 = now();
        for (long i = 0; i < size; i++) {
            if (!mavlink_parse_char(MAVLINK_COMM_0, bytes[i], &msg, &status)) continue;
            frames++;
            switch (msg.msgid) {
            case MAVLINK_MSG_ID_HEARTBEAT: { mavlink_heartbeat_t m; mavlink_msg_heartbeat_decode(&msg, &m); check += m.custom_mode; break; }
            case MAVLINK_MSG_ID_SYS_STATUS: { mavlink_sys_status_t m; mavlink_msg_sys_status_decode(&msg, &m); check += m.voltage_battery; break; }
            case MAVLINK_MSG_ID_ATTITUDE: { mavlink_attitude_t m; mavlink_msg_attitude_decode(&msg, &m); check += float_bits(m.roll); break; }
            case MAVLINK_MSG_ID_GPS_RAW_INT: { mavlink_gps_raw_int_t m; mavlink_msg_gps_raw_int_decode(&msg, &m); check += (uint64_t)(int64_t)m.lat; break; }
            case MAVLINK_MSG_ID_GLOBAL_POSITION_INT: { mavlink_global_position_int_t m; mavlink_msg_global_position_int_decode(&msg, &m); check += (uint64_t)(int64_t)m.lon; break; }
            case MAVLINK_MSG_ID_VFR_HUD: { mavlink_vfr_hud_t m; mavlink_msg_vfr_hud_decode(&msg, &m); check += float_bits(m.alt); break; }
            case MAVLINK_MSG_ID_PARAM_VALUE: { mavlink_param_value_t m; mavlink_msg_param_value_decode(&msg, &m); check += m.param_index; break; }
            case MAVLINK_MSG_ID_COMMAND_LONG: { mavlink_command_long_t m; mavlink_msg_command_long_decode(&msg, &m); check += float_bits(m.param7); break; }
            default: break;
            }
        }
        double t = now() - t0;
        if (t < best) best = t;
    }
    free(bytes);
    report("parse", frames, size, best);
    fprintf(stderr, "c parse check %llu\n", (unsigned long long)check);
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 4 && strcmp(argv[1], "encode") == 0)
        return encode(atol(argv[2]), argv[3], argc > 4 ? atoi(argv[4]) : 1);
    if (argc >= 3 && strcmp(argv[1], "parse") == 0)
        return parse(argv[2], argc > 3 ? atoi(argv[3]) : 3);
    fprintf(stderr, "usage: mavlink_c_bench encode N OUT [ROUNDS] | parse FILE [ROUNDS]\n");
    return 2;
}
