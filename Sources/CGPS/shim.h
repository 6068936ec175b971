#ifndef SWIFTLET_CGPS_SHIM_H
#define SWIFTLET_CGPS_SHIM_H
#include <gps.h>
#endif
