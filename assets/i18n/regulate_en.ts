<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Breathing</name>
    <message numerus="yes">
        <source>%n breaths</source>
        <extracomment>For bench/tones.py: a file to which each phase change is appended as &quot;&lt;clock time&gt; &lt;kind&gt;&quot;, so the tones are measured against the animation&apos;s own phase times. What the length drop-down offers, in minutes (None: no set end).</extracomment>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message numerus="yes">
        <source>{period}: %n check-ins</source>
        <translation>
            <numerusform>{period}: %n check-in</numerusform>
            <numerusform>{period}: %n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>distress fell after {fell} of %n rated sessions</source>
        <translation>
            <numerusform>distress fell after {fell} of %n rated session</numerusform>
            <numerusform>distress fell after {fell} of %n rated sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} has helped you most reliably so far: your distress fell by {drop} on average over %n rated sessions.</source>
        <translation>
            <numerusform>{title} has helped you most reliably so far: your distress fell by {drop} on average over %n rated session.</numerusform>
            <numerusform>{title} has helped you most reliably so far: your distress fell by {drop} on average over %n rated sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{c} ({low} to {high}), %n rated</source>
        <translation>
            <numerusform>{c} ({low} to {high}), %n rated</numerusform>
            <numerusform>{c} ({low} to {high}), %n rated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of your %n check-ins, {below} % were below your window, {within} % within it and {above} % above it (shares of check-ins, not of time).</source>
        <translation>
            <numerusform>Of your %n check-in, {below} % were below your window, {within} % within it and {above} % above it (shares of check-ins, not of time).</numerusform>
            <numerusform>Of your %n check-ins, {below} % were below your window, {within} % within it and {above} % above it (shares of check-ins, not of time).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{year}: check-ins on %n days; mood on average {mood}.</source>
        <translation>
            <numerusform>{year}: check-ins on %n day; mood on average {mood}.</numerusform>
            <numerusform>{year}: check-ins on %n days; mood on average {mood}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{year}: check-ins on %n days; mostly within your window on {within}, above on {above}, below on {below}.</source>
        <translation>
            <numerusform>{year}: check-ins on %n day; mostly within your window on {within}, above on {above}, below on {below}.</numerusform>
            <numerusform>{year}: check-ins on %n days; mostly within your window on {within}, above on {above}, below on {below}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{period}: %n check-ins with both activation and mood; most often activation {a} with mood {mood} ({count}).</source>
        <translation>
            <numerusform>{period}: %n check-in with both activation and mood; most often activation {a} with mood {mood} ({count}).</numerusform>
            <numerusform>{period}: %n check-ins with both activation and mood; most often activation {a} with mood {mood} ({count}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activation {a}, mood {mood}: %n check-ins.</source>
        <translation>
            <numerusform>Activation {a}, mood {mood}: %n check-in.</numerusform>
            <numerusform>Activation {a}, mood {mood}: %n check-ins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataDialogs</name>
    <message numerus="yes">
        <source>{label} (%n entries)</source>
        <translation>
            <numerusform>{label} (%n entry)</numerusform>
            <numerusform>{label} (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your journal</source>
        <translation>
            <numerusform>%n was already in your journal</numerusform>
            <numerusform>%n were already in your journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them differ from the entry with the same id in your journal; your journal&apos;s version was kept.</source>
        <translation>
            <numerusform>%n of them differs from the entry with the same id in your journal; your journal&apos;s version was kept.</numerusform>
            <numerusform>%n of them differ from the entry with the same id in your journal; your journal&apos;s version was kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message numerus="yes">
        <source>About %n breaths at a time.</source>
        <translation>
            <numerusform>About %n breath at a time.</numerusform>
            <numerusform>About %n breaths at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes at a time.</source>
        <translation>
            <numerusform>About %n minute at a time.</numerusform>
            <numerusform>About %n minutes at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(about %n seconds)</source>
        <translation>
            <numerusform>(about %n second)</numerusform>
            <numerusform>(about %n seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeartView</name>
    <message numerus="yes">
        <source>%n beats a minute of swing this breath</source>
        <translation>
            <numerusform>%n beat a minute of swing this breath</numerusform>
            <numerusform>%n beats a minute of swing this breath</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breathing or grounding sessions</source>
        <translation>
            <numerusform>%n breathing or grounding session</numerusform>
            <numerusform>%n breathing or grounding sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n check-ins with an activation rating, {below} % were below my window, {within} % within it and {above} % above it.</source>
        <translation>
            <numerusform>Of %n check-in with an activation rating, {below} % were below my window, {within} % within it and {above} % above it.</numerusform>
            <numerusform>Of %n check-ins with an activation rating, {below} % were below my window, {within} % within it and {above} % above it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins on %n days; mood on average {mood}.</source>
        <translation>
            <numerusform>Check-ins on %n day; mood on average {mood}.</numerusform>
            <numerusform>Check-ins on %n days; mood on average {mood}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins on %n days: mostly within my window on {within}, above it on {above}, below it on {below}.</source>
        <translation>
            <numerusform>Check-ins on %n day: mostly within my window on {within}, above it on {above}, below it on {below}.</numerusform>
            <numerusform>Check-ins on %n days: mostly within my window on {within}, above it on {above}, below it on {below}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Resonance</name>
    <message numerus="yes">
        <source>At {rate} breaths a minute your heart rate rose and fell most closely with your breath, by about %n beats a minute each breath. That makes it a good pace for you to practise at; it can shift a little over time, so checking again now and then is worthwhile.</source>
        <translation>
            <numerusform>At {rate} breaths a minute your heart rate rose and fell most closely with your breath, by about %n beat a minute each breath. That makes it a good pace for you to practise at; it can shift a little over time, so checking again now and then is worthwhile.</numerusform>
            <numerusform>At {rate} breaths a minute your heart rate rose and fell most closely with your breath, by about %n beats a minute each breath. That makes it a good pace for you to practise at; it can shift a little over time, so checking again now and then is worthwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slow paces</source>
        <translation>
            <numerusform>%n slow pace</numerusform>
            <numerusform>%n slow paces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Zone</name>
    <message numerus="yes">
        <source>You rated it %n times; on average your distress went down by {c}.</source>
        <translation>
            <numerusform>You rated it once; your distress went down by {c}.</numerusform>
            <numerusform>You rated it %n times; on average your distress went down by {c}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rated it %n times; on average your distress went up by {c}.</source>
        <translation>
            <numerusform>You rated it once; your distress went up by {c}.</numerusform>
            <numerusform>You rated it %n times; on average your distress went up by {c}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rated it %n times; on average your distress stayed the same.</source>
        <translation>
            <numerusform>You rated it once; your distress stayed the same.</numerusform>
            <numerusform>You rated it %n times; on average your distress stayed the same.</numerusform>
        </translation>
    </message>
</context>
</TS>
