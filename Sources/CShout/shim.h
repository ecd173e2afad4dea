#pragma once
// libshout's types and constants only: its functions are opened at run time (ShoutLibrary),
// so the module links nothing.
#include <shout/shout.h>
