package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	// A UDP echo server on a PacketConn.
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	fmt.Printf("%T %s\n", pc.LocalAddr(), pc.LocalAddr().Network())
	go func() {
		buf := make([]byte, 1500)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			pc.WriteTo([]byte(strings.ToUpper(string(buf[:n]))), from)
		}
	}()

	// A connected client.
	raddr, err := net.ResolveUDPAddr("udp", pc.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	c, err := net.DialUDP("udp", nil, raddr)
	if err != nil {
		panic(err)
	}
	fmt.Println("remote is the server:", c.RemoteAddr().String() == pc.LocalAddr().String())
	buf := make([]byte, 1500)
	for i := 0; i < 3; i++ {
		msg := fmt.Sprintf("datagram %d", i)
		c.Write([]byte(msg))
		n, err := c.Read(buf)
		fmt.Println(string(buf[:n]), err)
	}

	// An unconnected client: WriteToUDP and ReadFromUDP, with the sender's address.
	u, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		panic(err)
	}
	u.WriteToUDP([]byte("hello"), raddr)
	n, from, err := u.ReadFromUDP(buf)
	fmt.Println(string(buf[:n]), err, "from the server:", from.String() == raddr.String(), from.IP.Equal(net.IPv4(127, 0, 0, 1)))

	// A datagram longer than the buffer is cut to it.
	u.WriteTo([]byte("a long datagram"), raddr)
	n, _, err = u.ReadFrom(buf[:6])
	fmt.Println(n, string(buf[:n]), err)

	// Datagrams keep their boundaries; an empty one arrives as such.
	u.WriteTo([]byte("one"), raddr)
	u.WriteTo([]byte(""), raddr)
	u.WriteTo([]byte("three"), raddr)
	for i := 0; i < 3; i++ {
		n, _, err := u.ReadFrom(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
	}

	// A read deadline on a PacketConn.
	u.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, _, err = u.ReadFrom(buf)
	fmt.Println(strings.ReplaceAll(err.Error(), u.LocalAddr().String(), "LOCAL"), errors.Is(err, os.ErrDeadlineExceeded))

	// WriteTo on a connected socket, and a wrong address type.
	_, err = c.WriteTo([]byte("x"), raddr)
	fmt.Println(strings.ReplaceAll(strings.ReplaceAll(err.Error(), c.LocalAddr().String(), "LOCAL"), raddr.String(), "REMOTE"))
	_, err = u.WriteTo([]byte("x"), &net.TCPAddr{})
	fmt.Println(strings.ReplaceAll(err.Error(), u.LocalAddr().String(), "LOCAL"))

	c.Close()
	u.Close()
	pc.Close()
	_, _, err = pc.ReadFrom(buf)
	fmt.Println(errors.Is(err, net.ErrClosed))
}
