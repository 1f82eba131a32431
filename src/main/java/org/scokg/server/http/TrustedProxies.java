package org.scokg.server.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reverse proxies whose {@code Forwarded} and {@code X-Forwarded-*} headers the server believes:
 * addresses ({@code 10.0.0.5}, {@code ::1}) and networks in CIDR notation ({@code 10.0.0.0/8},
 * {@code fd00::/8}). None by default, the loopback addresses included: any program on the host can
 * connect from there, so a proxy on the same machine is named like any other
 * ({@code 127.0.0.1,::1}).
 *
 * <p>Only literal addresses are accepted, never host names, so reading the list never asks DNS.
 */
public final class TrustedProxies {
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    private record Network(byte[] prefix, int bits, String text) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (prefix[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Network> networks;

    private TrustedProxies(List<Network> networks) {
        this.networks = List.copyOf(networks);
    }

    /**
     * A comma- or space-separated list of addresses and networks; null or blank for none.
     *
     * @throws IllegalArgumentException naming the entry that is not an address or a network
     */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Network> networks = new ArrayList<>();
        for (String entry : list.trim().split("[,\\s]+")) {
            networks.add(network(entry));
        }
        return new TrustedProxies(networks);
    }

    private static Network network(String entry) {
        int slash = entry.indexOf('/');
        String addressText = slash < 0 ? entry : entry.substring(0, slash);
        byte[] address = literal(addressText);
        if (address == null) {
            throw new IllegalArgumentException("trusted proxy '" + entry
                    + "' is not an IP address or a network such as 10.0.0.0/8 (host names are not accepted)");
        }
        int bits = address.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("trusted proxy '" + entry + "': the prefix length must be 0 to "
                        + address.length * 8);
            }
        }
        return new Network(address, bits, entry);
    }

    /** The bytes of a literal IPv4 or IPv6 address (brackets allowed), or null for anything else. */
    private static byte[] literal(String text) {
        String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            return null;
        }
        try {
            // A literal (checked above: an IPv4 address, or something with a colon, which InetAddress
            // takes for IPv6 and never looks up): InetAddress parses it without asking DNS. An IPv4-mapped IPv6 address comes
            // back as IPv4, so ::ffff:10.0.0.1 and 10.0.0.1 are the same proxy.
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    /** Whether a request from this address (as {@code getRemoteAddr()} gives it) came through a trusted proxy. */
    public boolean trusts(String remoteAddress) {
        if (networks.isEmpty() || remoteAddress == null) {
            return false;
        }
        byte[] address = literal(remoteAddress.trim());
        return address != null && networks.stream().anyMatch(n -> n.contains(address));
    }

    @Override
    public String toString() {
        return networks.isEmpty() ? "none" : networks.stream().map(Network::text).collect(Collectors.joining(", "));
    }
}
