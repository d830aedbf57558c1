touch_one () 
{ 
    local f="$1/clients/$(ls "$1/clients" | sed -n 7p)";
    sed -i -E "s/^(  phone: \"0[0-9] [0-9]{2} [0-9]{2} [0-9]{2} )[0-9]{2}/\1$(printf '%02d' $((RANDOM % 100)))/" "$f";
    echo "# $RANDOM" >> "$f"
}
