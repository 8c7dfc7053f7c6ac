package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name  string               `json:"name"`
	At    time.Time            `json:"at"`
	End   *time.Time           `json:"end,omitempty"`
	Took  time.Duration        `json:"took"`
	Marks map[time.Time]string `json:"marks,omitempty"`
}

func main() {
	at := time.Date(2024, time.March, 9, 14, 5, 7, 120000000, time.UTC)
	end := time.Date(2024, time.March, 9, 16, 0, 0, 0, time.FixedZone("X", -5*3600-1800))
	e := Event{Name: "launch", At: at, End: &end, Took: 90 * time.Second, Marks: map[time.Time]string{at: "start"}}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)

	var back Event
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.At.Equal(at), back.End.Equal(end), back.Took, back.Marks[at])
	fmt.Println(back.At, back.End.Format(time.RFC3339))

	for _, in := range []string{`{"at": "2020-01-02T03:04:05Z"}`, `{"at": "2020-01-02T03:04:05.999999999+01:00"}`,
		`{"at": "not a time"}`, `{"at": 5}`, `{"at": null}`, `{"marks": {"bad": "x"}}`} {
		var ev Event
		err := json.Unmarshal([]byte(in), &ev)
		fmt.Println(ev.At.UTC(), err)
	}

	_, err = json.Marshal(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(err)
	_, err = json.Marshal(map[time.Time]int{time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC): 1})
	fmt.Println(err)
	b, _ = json.Marshal(time.Time{})
	fmt.Println(string(b))
	txt, _ := at.MarshalText()
	fmt.Println(string(txt))
	var t2 time.Time
	fmt.Println(t2.UnmarshalText([]byte("2001-02-03T04:05:06Z")), t2)
}
