#ifndef SWIFTLET_CSERIALPORT_SHIM_H
#define SWIFTLET_CSERIALPORT_SHIM_H
#include <libserialport.h>
#endif
