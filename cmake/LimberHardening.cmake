# The hardening Debian builds its own packages with (dpkg-buildflags with hardening=+all), so
# the .deb passes lintian's checks: fortified libc calls, a stack protector, stack-clash and
# control-flow protection, a position-independent executable, and relro with bindnow, which
# make the Global Offset Table read-only once the program has started. Applied to the whole
# build, tests too, so the tests run the code as it ships.
#
# Left out under the sanitizers and in the fuzzing tree: they instrument the same calls and
# the same stack in their own way, and a sanitizer report is what those builds are for.
# _FORTIFY_SOURCE only in the optimised configurations: it needs -O to do anything, and glibc
# warns without it, which -Werror would turn into a failed Debug build.
if(LIMBER_SANITIZE OR LIMBER_FUZZ)
    return()
endif()

include(CheckCXXCompilerFlag)
include(CheckPIESupported)

check_pie_supported(LANGUAGES CXX)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_compile_options(-fstack-protector-strong
    "$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
# Both depend on the target: control-flow protection exists on x86 only.
foreach(flag -fstack-clash-protection -fcf-protection)
    string(MAKE_C_IDENTIFIER "limber_has${flag}" flag_variable)
    check_cxx_compiler_flag(${flag} ${flag_variable})
    if(${flag_variable})
        add_compile_options(${flag})
    endif()
endforeach()
add_link_options(LINKER:-z,relro LINKER:-z,now)
